import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Step } from './apply-plan';

export type StepResults = Record<string, Record<string, unknown> | undefined>;
type OnStep = (step: Step) => void;
type OnTiming = ((step: Step, ms: number) => void) | undefined;

/** Runs the apply program on a connection in one transaction (the staging database attached as `stg`). */
export function runSteps(conn: Database.Database, steps: readonly Step[], onStep: OnStep, onTiming?: OnTiming): StepResults {
  const results: StepResults = {};
  conn.transaction(() => {
    for (const step of steps) {
      const t0 = Date.now();
      if (step.get) results[step.get] = conn.prepare(step.sql).get() as Record<string, unknown>;
      else conn.exec(step.sql);
      onTiming?.(step, Date.now() - t0);
      onStep(step);
    }
  })();
  return results;
}

/**
 * The worker: its own connection to the same database file, the same pragmas as the app's, the stage attached,
 * then BEGIN IMMEDIATE … COMMIT around the whole program, reporting after each step. Plain JavaScript evaluated in
 * the thread, so it runs the same from the bundled API and from the TypeScript tests.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
let Database;
for (const from of workerData.resolveFrom) {
  try { Database = createRequire(from)('better-sqlite3'); break; } catch (e) { /* next */ }
}
const db = new Database(workerData.file);
let results = {};
try {
  db.pragma('busy_timeout = 30000');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -524288');
  db.prepare('ATTACH DATABASE ? AS stg').run(workerData.stage);
  db.exec('BEGIN IMMEDIATE');
  try {
    workerData.steps.forEach((step, index) => {
      const t0 = Date.now();
      if (step.get) results[step.get] = db.prepare(step.sql).get();
      else db.exec(step.sql);
      parentPort.postMessage({ type: 'step', index, ms: Date.now() - t0 });
    });
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  db.exec('DETACH DATABASE stg');
  // Copy the apply's pages from the WAL into the database here, off the main thread: otherwise the app's next commit
  // would do it, blocking the event loop for as long as a large apply's WAL takes to copy.
  db.pragma('wal_checkpoint(PASSIVE)');
  parentPort.postMessage({ type: 'done', results });
} catch (error) {
  parentPort.postMessage({ type: 'error', message: String(error && error.message || error), code: error && error.code });
} finally {
  db.close();
}
`;

export class ApplyError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Runs the program in a worker thread on its own connection to `file`; resolves with the `get` results. */
export function runInWorker(
  file: string,
  stage: string,
  steps: readonly Step[],
  onStep: OnStep,
  onTiming?: OnTiming,
): Promise<StepResults> {
  const resolveFrom = [process.argv[1], join(process.cwd(), 'index.js'), __filename].filter(Boolean);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { file, stage, steps, resolveFrom } });
    let settled = false;
    worker.on(
      'message',
      (message: { type: string; index?: number; ms?: number; results?: StepResults; message?: string; code?: string }) => {
        if (message.type === 'step') {
          const step = steps[message.index as number];
          onTiming?.(step, message.ms as number);
          onStep(step);
        } else if (message.type === 'done') {
          settled = true;
          resolve(message.results ?? {});
        } else if (message.type === 'error') {
          settled = true;
          reject(new ApplyError(message.message ?? 'apply failed', message.code));
        }
      },
    );
    worker.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new ApplyError(`the apply worker stopped (exit code ${code})`));
    });
  });
}
