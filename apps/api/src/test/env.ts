import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Loaded before every API test file, so entity metadata sees the same DATABASE_URL as the app.
process.env['DATABASE_URL'] ??= 'sqlite::memory:';
// The demo passwords are hashed with a low scrypt cost in tests; production keeps the default.
process.env['SCRYPT_LOG_N'] ??= '10';
process.env['SEED_DEMO_FACT_DAYS'] ??= '62';
// Uploads over this many MB get 413 (the tests send one just over it).
process.env['IMPORT_MAX_MB'] ??= '2';
// One month of demo inspections is enough for the tests; photos go to a throw-away directory.
process.env['SEED_DEMO_INSPECTION_MONTHS'] ??= '1';
process.env['PHOTO_DIR'] ??= join(tmpdir(), `storeops-photos-${process.pid}`);
// Contract attachments go to a throw-away directory too.
process.env['CONTRACT_FILE_DIR'] ??= join(tmpdir(), `storeops-contract-files-${process.pid}`);
// The app's clock starts here (libs/api/core clock.ts), so the demo seed and every "today" are the same on any day
// the suite runs; `npm run test:dates` runs the date-sensitive suites again at awkward instants.
process.env['STOREOPS_NOW'] ??= '2026-11-18T10:00:00+08:00';
process.env['ALERT_SCHEDULER'] ??= 'off';
// Structured logs: warnings and errors only (every request's line would drown the test output).
process.env['LOG_LEVEL'] ??= 'warn';
process.env['COMPLAINT_FILE_DIR'] ??= join(tmpdir(), `storeops-complaint-files-${process.pid}`);
// The demo complaints are seeded by the complaints suite itself (their counts would blur other suites' figures).
process.env['SEED_DEMO_COMPLAINT_MONTHS'] ??= '0';
// The demo meetings are seeded by the meetings suite itself (their open actions would show in other suites' alerts).
process.env['SEED_DEMO_MEETINGS'] ??= 'false';
process.env['VIOLATION_FILE_DIR'] ??= join(tmpdir(), `storeops-violation-files-${process.pid}`);
// The demo violations are seeded by the violations suite itself (their history would change other suites' proposals).
process.env['SEED_DEMO_VIOLATIONS'] ??= 'false';
// The demo price checks and supplier issues are left out too (their counts would blur the suites' figures).
process.env['SEED_DEMO_PRICE_CHECKS'] ??= 'false';
process.env['SEED_DEMO_SUPPLIER_ISSUES'] ??= 'false';
