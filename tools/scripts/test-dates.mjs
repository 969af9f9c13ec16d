// `npm run test:dates`: the API suites whose answers depend on "today" run again with the app's clock
// (STOREOPS_NOW, libs/api/core clock.ts) started at awkward instants, so a time bomb (a test or a default that only
// works mid-month) fails here instead of on the 1st of the next month. China time is UTC+8: 00:30 on 1 January there
// is still 31 December in UTC.
import { spawnSync } from 'node:child_process';

const INSTANTS = [
  '2026-12-01T09:00:00+08:00', // the 1st of a month: the month has no facts yet
  '2028-02-29T12:00:00+08:00', // a leap day
  '2026-12-31T23:30:00+08:00', // the last day of a year, late
  '2027-01-01T00:30:00+08:00', // the first of a year, just after midnight China time
];
const SUITES = [
  'rankings',
  'suppliers',
  'suppliers-records',
  'targets',
  'progress',
  'inspections',
  'inspections-plans',
  'inspections-rules',
  'inspections-capture',
  'inspections-planning',
  'corrective-actions',
  'contracts-signing',
  'imports',
  'kpis',
];

const pattern = `src/test/(${SUITES.join('|')})\\.int-spec\\.ts$`;
let failed = 0;
for (const at of process.argv.slice(2).length ? process.argv.slice(2) : INSTANTS) {
  console.log(`\n=== date-sensitive suites with the clock at ${at}`);
  const run = spawnSync(
    process.execPath,
    ['node_modules/jest/bin/jest.js', '-c', 'apps/api/jest.config.cts', '--testPathPatterns', pattern],
    {
      stdio: 'inherit',
      env: { ...process.env, STOREOPS_NOW: at },
    },
  );
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
