/**
 * Every size, depth, quota, window and throttle the API enforces, each with its environment variable and default.
 * docs/operations.md lists them (a unit test fails when one is missing there). Values are read when asked for, so a
 * test can change a variable and the next request sees it; multer's upload sizes are read once, when the routes load.
 */
export interface LimitDefinition {
  /** The environment variable that overrides the default. */
  env: string;
  default: number;
  min: number;
  max: number;
}

function limit(env: string, defaultValue: number, min: number, max: number): LimitDefinition {
  return { env, default: defaultValue, min, max };
}

export const LIMITS = {
  /** Largest JSON request body, in KiB (413 above). */
  jsonBodyKb: limit('JSON_BODY_LIMIT_KB', 1024, 1, 65_536),
  /** Deepest nesting of objects and arrays in a JSON body (400 above). */
  jsonMaxDepth: limit('JSON_MAX_DEPTH', 20, 2, 1000),
  /** Largest photo upload, in MB (413 above). */
  photoMaxMb: limit('PHOTO_MAX_MB', 10, 1, 100),
  /** Photos one user may upload per China-time day (429 above). */
  photoDailyQuota: limit('PHOTO_DAILY_QUOTA', 300, 1, 100_000),
  /** Hours an unattached photo is kept before the clean-up removes it. */
  photoUnattachedHours: limit('PHOTO_UNATTACHED_HOURS', 24, 1, 24 * 365),
  /** Minutes between two runs of the unattached-photo clean-up. */
  photoCleanupMinutes: limit('PHOTO_CLEANUP_MINUTES', 60, 1, 24 * 60),
  /** Largest contract attachment or licence scan, in MB (413 above). */
  attachmentMaxMb: limit('ATTACHMENT_MAX_MB', 10, 1, 200),
  /** Largest template (检查表) or decomposition workbook upload, in MB (413 above). */
  sheetUploadMaxMb: limit('SHEET_UPLOAD_MAX_MB', 5, 1, 100),
  /** Inflated bytes of a fact-import workbook (read as a stream), in MB (413 above). */
  xlsxMaxInflatedMb: limit('XLSX_MAX_INFLATED_MB', 200, 1, 4000),
  /** Inflated bytes of a template or decomposition workbook (read into memory), in MB (413 above). */
  xlsxSheetMaxInflatedMb: limit('XLSX_SHEET_MAX_INFLATED_MB', 20, 1, 1000),
  /** Entries (files) in a workbook's ZIP archive (413 above). */
  xlsxMaxEntries: limit('XLSX_MAX_ENTRIES', 1000, 10, 100_000),
  /** Characters in one cell, or in any other text of a workbook's XML (400 naming the cell above); Excel's own limit. */
  xlsxMaxCellChars: limit('XLSX_MAX_CELL_CHARS', 32_767, 100, 10_000_000),
  /** Bytes of one XML tag, comment or instruction inside a workbook, in KiB (400 above). */
  xlsxMaxMarkupKb: limit('XLSX_MAX_MARKUP_KB', 64, 1, 10_000),
  /** Columns of a fact import's header row kept on the job (the rest is cut off in what the job shows). */
  importMaxHeaderColumns: limit('IMPORT_MAX_HEADER_COLUMNS', 200, 10, 10_000),
  /** Days an inspection may be dated back (inspectedAt) without an ops manager's late entry. */
  inspectionBackdateDays: limit('INSPECTION_BACKDATE_DAYS', 7, 0, 3650),
  /** Failed sign-ins of one account in a row before it is locked. */
  loginMaxFailuresPerUser: limit('LOGIN_MAX_FAILURES_PER_USER', 5, 1, 1000),
  /** The first lock of an account, in seconds; each further failure doubles it. */
  loginLockSeconds: limit('LOGIN_LOCK_SECONDS', 60, 1, 86_400),
  /** The longest lock of an account, in minutes. */
  loginLockMaxMinutes: limit('LOGIN_LOCK_MAX_MINUTES', 60, 1, 10_080),
  /** Minutes without a failure after which an account's or an address's failures are forgotten. */
  loginFailureWindowMinutes: limit('LOGIN_FAILURE_WINDOW_MINUTES', 15, 1, 10_080),
  /** Failed sign-ins from one address within the window after which its attempts are slowed down. */
  loginSlowFailuresPerIp: limit('LOGIN_SLOW_FAILURES_PER_IP', 10, 1, 100_000),
  /** Failed sign-ins from one address within the window after which its failures are blocked (429). */
  loginMaxFailuresPerIp: limit('LOGIN_MAX_FAILURES_PER_IP', 30, 1, 100_000),
  /** The longest slow-down of one sign-in from a slowed address, in milliseconds. */
  loginMaxDelayMs: limit('LOGIN_MAX_DELAY_MS', 3000, 0, 60_000),
} as const;

export type LimitName = keyof typeof LIMITS;

/** The limit in force: the environment variable when it holds a number in range, else the default. */
export function limitValue(name: LimitName): number {
  const def = LIMITS[name];
  const raw = process.env[def.env];
  if (raw === undefined || raw.trim() === '') return def.default;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < def.min || value > def.max) {
    throw new Error(`${def.env} must be a number from ${def.min} to ${def.max}, got "${raw}"`);
  }
  return value;
}

export const MB = 1024 * 1024;
