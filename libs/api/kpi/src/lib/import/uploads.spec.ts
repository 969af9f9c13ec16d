import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UPLOAD_DIR, UPLOAD_ROOT, sweepUploadDir } from './uploads';

describe('the upload folder', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'uploads-spec-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('gives each process its own folder under the root', () => {
    expect(UPLOAD_DIR).toBe(join(UPLOAD_ROOT, `p${process.pid}`));
  });

  it("sweeps its own folder, dead processes' folders and day-old loose files, never a running process's upload", async () => {
    // A pid that has just exited (a child run to its end), one that runs (our parent), and ours.
    const deadPid = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const entries = {
      own: join(root, `p${process.pid}`),
      dead: join(root, `p${deadPid}`),
      running: join(root, `p${process.ppid}`),
    };
    for (const dir of Object.values(entries)) {
      await mkdir(dir);
      await writeFile(join(dir, 'upload'), 'x');
    }
    const now = Date.now();
    const oldLoose = join(root, 'old-layout-file');
    const freshLoose = join(root, 'fresh-layout-file');
    await writeFile(oldLoose, 'x');
    await writeFile(freshLoose, 'x');
    const twoDaysAgo = new Date(now - 48 * 3_600_000);
    await utimes(oldLoose, twoDaysAgo, twoDaysAgo);

    expect(await sweepUploadDir(root, now)).toBe(3);
    expect(existsSync(entries.own)).toBe(false);
    expect(existsSync(entries.dead)).toBe(false);
    expect(existsSync(oldLoose)).toBe(false);
    expect(existsSync(join(entries.running, 'upload'))).toBe(true);
    expect(existsSync(freshLoose)).toBe(true);
  });

  it('finds nothing to do when the root does not exist yet', async () => {
    expect(await sweepUploadDir(join(root, 'missing'))).toBe(0);
  });
});
