// Type-checks one project: every tsconfig.{app,lib,spec}.json it has (or tsconfig.json when it has none).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
if (!root) throw new Error('usage: node tools/scripts/typecheck.mjs <projectRoot>');
const configs = ['tsconfig.app.json', 'tsconfig.lib.json', 'tsconfig.spec.json'].filter((f) => existsSync(join(root, f)));
if (!configs.length) configs.push('tsconfig.json');
for (const config of configs) {
  const path = join(root, config);
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', path], { stdio: 'inherit' });
  console.log(`typecheck ${path}: ok`);
}
