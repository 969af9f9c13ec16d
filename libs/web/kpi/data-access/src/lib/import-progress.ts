import { ImportPhase, ImportResponse } from '@storeops/shared/contracts';

/** The steps an import goes through as the clerk sees them: 上传 · 读取与校验 · 写入 · 汇总. */
export type ImportStepKey = 'upload' | 'reading' | 'writing' | 'rollup';
export const IMPORT_STEPS: readonly ImportStepKey[] = ['upload', 'reading', 'writing', 'rollup'];

export type ImportStepState = 'pending' | 'active' | 'done' | 'failed';

export interface ImportStep {
  key: ImportStepKey;
  state: ImportStepState;
  /** Units done and in all while active (bytes, rows or months); null before there is a count. */
  done: number | null;
  total: number | null;
  unit: 'bytes' | 'rows' | 'months';
  /** 0..1 of the step; null while its size is unknown. */
  fraction: number | null;
  secondsLeft: number | null;
}

/** The browser's own upload progress (HttpClient upload events). */
export interface UploadProgress {
  loaded: number;
  total: number | null;
  secondsLeft: number | null;
}

const UNITS: Readonly<Record<ImportStepKey, ImportStep['unit']>> = { upload: 'bytes', reading: 'bytes', writing: 'rows', rollup: 'months' };

const step = (key: ImportStepKey, state: ImportStepState): ImportStep => ({
  key,
  state,
  done: null,
  total: null,
  unit: UNITS[key],
  fraction: state === 'done' ? 1 : null,
  secondsLeft: null,
});

function fraction(done: number, total: number): number | null {
  return total > 0 ? Math.min(1, Math.max(0, done / total)) : null;
}

/** The step a job stands on (or stopped at): a failed apply stopped in 写入, any other failure in 读取与校验. */
function currentStep(job: ImportResponse): ImportStepKey {
  if (job.status === 'running') {
    const phase: ImportPhase = job.progress?.phase ?? job.phase;
    return phase === 'writing' || phase === 'rollup' ? phase : 'reading';
  }
  if (job.status === 'failed' && job.errors.some((e) => e.code === 'apply_failed')) return 'writing';
  return 'reading';
}

/**
 * Each step's state and progress from what is known: the browser's upload events until the server has the file,
 * then the job's real phase with its own counts and time left. A queued job has its upload done and waits.
 */
export function importSteps(upload: UploadProgress | null, job: ImportResponse | null): ImportStep[] {
  if (!job) {
    if (!upload) return IMPORT_STEPS.map((key) => step(key, 'pending'));
    return IMPORT_STEPS.map((key) =>
      key === 'upload'
        ? {
            ...step(key, 'active'),
            done: upload.loaded,
            total: upload.total,
            fraction: upload.total ? fraction(upload.loaded, upload.total) : null,
            secondsLeft: upload.secondsLeft,
          }
        : step(key, 'pending'),
    );
  }
  if (job.status === 'succeeded') return IMPORT_STEPS.map((key) => step(key, 'done'));
  if (job.status === 'queued') return IMPORT_STEPS.map((key) => step(key, key === 'upload' ? 'done' : 'pending'));
  const at = IMPORT_STEPS.indexOf(currentStep(job));
  return IMPORT_STEPS.map((key, i) => {
    if (i < at) return step(key, 'done');
    if (i > at) return step(key, 'pending');
    if (job.status === 'failed') return step(key, 'failed');
    const p = job.progress;
    if (!p) return step(key, 'active');
    return {
      ...step(key, 'active'),
      done: p.done,
      total: p.total,
      unit: p.unit,
      fraction: fraction(p.done, p.total),
      secondsLeft: p.secondsLeft,
    };
  });
}

interface Sample {
  at: number;
  bytes: number;
}

/** Seconds left at the rate observed between two samples; null until the rate is known. */
export function secondsLeft(first: Sample, last: Sample, total: number): number | null {
  const elapsed = last.at - first.at;
  const done = last.bytes - first.bytes;
  if (elapsed <= 0 || done <= 0) return null;
  return Math.max(0, (total - last.bytes) / (done / elapsed) / 1000);
}
