/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The icon font holds only the icons in apps/web/src/icons/material-icons.txt; an icon outside it renders as its
// name in letters. tools/scripts/icon-font.mjs --check scans the templates for the names they use.
const script = join(__dirname, '../../../tools/scripts/icon-font.mjs');

function check(env: Record<string, string> = {}): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [script, '--check'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { status: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, output: e.stdout + e.stderr };
  }
}

describe('the subset icon font', () => {
  it('holds every icon the templates use', () => {
    const result = check();
    expect(result.output).toContain('every icon the templates use is in the subset');
    expect(result.status).toBe(0);
  });

  it('fails, naming the icon and the file, when a template uses an icon the subset lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storeops-icons-'));
    try {
      writeFileSync(
        join(dir, 'page.ts'),
        "@Component({ template: `<mat-icon>add</mat-icon><mat-icon>{{ on ? 'rocket_launch' : 'add' }}</mat-icon>` })\nclass P {}\n",
      );
      writeFileSync(join(dir, 'fixture.ts'), "const AREA_ICONS = { a: 'add', b: 'bolt' };\nconst item = { icon: 'savings' };\n");
      const result = check({ ICON_SOURCES: dir });
      expect(result.status).toBe(1);
      expect(result.output).toMatch(/rocket_launch .*page\.ts/);
      expect(result.output).toContain('bolt');
      expect(result.output).toContain('savings');
      expect(result.output).not.toMatch(/^\s+add\s/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
