// Loaded before every API test file, so entity metadata sees the same DATABASE_URL as the app.
process.env['DATABASE_URL'] ??= 'sqlite::memory:';
// The demo passwords are hashed with a low scrypt cost in tests; production keeps the default.
process.env['SCRYPT_LOG_N'] ??= '10';
process.env['SEED_DEMO_FACT_DAYS'] ??= '62';
// Uploads over this many MB get 413 (the tests send one just over it).
process.env['IMPORT_MAX_MB'] ??= '2';
