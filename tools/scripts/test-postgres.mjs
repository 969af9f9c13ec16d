// `npm run test:pg`: the API integration suite against PostgreSQL (DATABASE_URL, default: the role and database
// that .ci/run creates on 127.0.0.1). The suite wipes that database's public schema: never point it at real data.
import { spawnSync } from 'node:child_process';

const url = process.env.DATABASE_URL || 'postgres://storeops:storeops@127.0.0.1:5432/storeops_test';
if (!/^postgres(ql)?:\/\//.test(url)) {
  console.error(`test:pg needs a postgres:// DATABASE_URL, got ${url}`);
  process.exit(2);
}
console.log(`API integration suite on ${url.replace(/:[^:@/]+@/, ':***@')}`);
const run = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '-c', 'apps/api/jest.config.cts', '--runInBand', '--testPathPatterns', '(int|pg)-spec'],
  { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } },
);
process.exit(run.status ?? 1);
