// Before the API tests: one throw-away directory per run for the photos and contract files the tests write, so a
// run leaves nothing behind in /tmp (global-teardown.cjs removes it). A caller's PHOTO_DIR / CONTRACT_FILE_DIR stand.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async () => {
  if (process.env.PHOTO_DIR && process.env.CONTRACT_FILE_DIR) return;
  const root = mkdtempSync(join(tmpdir(), 'storeops-test-files-'));
  process.env.STOREOPS_TEST_FILES = root;
  process.env.PHOTO_DIR ??= join(root, 'photos');
  process.env.CONTRACT_FILE_DIR ??= join(root, 'contract-files');
};
