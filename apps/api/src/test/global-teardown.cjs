// After the API tests: the run's throw-away file directory goes (see global-setup.cjs).
const { rmSync } = require('node:fs');

module.exports = async () => {
  if (process.env.STOREOPS_TEST_FILES) rmSync(process.env.STOREOPS_TEST_FILES, { recursive: true, force: true });
};
