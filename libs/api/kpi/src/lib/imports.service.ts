import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Workbook } from 'exceljs';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DataSource, In, LessThan, Repository } from 'typeorm';
import { AuditService } from '@storeops/api/audit';
import {
  advisoryXactLock,
  ArchiveLimitError,
  clock,
  codedError,
  invalidField,
  pageWindow,
  RequestUser,
  runInTransaction,
  safeFileName,
  toPage,
  writerBusy,
} from '@storeops/api/core';
import { OrgRepository, StoreDirectory, StoresService } from '@storeops/api/org';
import {
  coded,
  codeKey,
  DateOrder,
  DecimalSeparator,
  IMPORT_FIELDS,
  IMPORT_MAX_STORED_PROBLEMS,
  ImportColumn,
  ImportField,
  ImportKind,
  ImportMapping,
  ImportPhase,
  ImportPhaseProgress,
  ImportResponse,
  ImportStoreMapping,
  importMessage,
  Lang,
  Page,
  UnknownStoreValue,
} from '@storeops/shared/contracts';
import { CreateImportDto, ImportQueryDto } from './dto/import.dto';
import { ImportJobEntity, ImportMappingEntity, ImportProblemEntity } from './entities/import-job.entity';
import { headerSignature, planColumns } from './import/headers';
import { CsvError } from './import/csv';
import { Problems, StoredProblem, toErrorDetail, toProblemGroup } from './import/problems';
import { openSource, SourceError, SourceFile } from './import/reader';
import { FactRow, openStaging, Staging } from './import/staging';
import { RowChecker } from './import/row-checker';
import { STYLE_SAMPLE_MIN_ROWS, STYLE_SAMPLE_ROWS, StyleDetector } from './import/styles';
import { sniffUpload, sweepUploadDir, UPLOAD_JOBS_DIR } from './import/uploads';

export interface UploadedFile {
  path: string;
  originalname: string;
  size: number;
}

/** The advisory lock (PostgreSQL) under which a process takes an import job. */
const IMPORT_QUEUE_LOCK = 17_001;
const BATCH = 2_000;
const PROGRESS_EVERY_MS = 400;
const MAX_HEADERS = 200;

/** How long a process holds a job it took before another may take it (renewed while it runs); IMPORT_LEASE_SECONDS. */
const leaseMs = () => Math.max(1, Number(process.env['IMPORT_LEASE_SECONDS'] ?? 30)) * 1000;
/** How often an idle process looks for a queued job (a job queued in this process starts at once). */
const POLL_MS = 1_000;
/** A job taken this many times (its processes died each time) fails instead of being taken again. */
const MAX_ATTEMPTS = 3;

/** The graceful shutdown's signal to a job still reading its file: it goes back to the queue for another process. */
class Released extends Error {}

/** The problem of a job that could not be run to its end by any process. */
const INTERRUPTED: StoredProblem[] = [{ line: 0, column: null, columnName: null, code: 'interrupted', params: {}, value: null }];

/** The fields of a job that ends failed as interrupted, let go by its process. */
const interruptedJob = (): Partial<ImportJobEntity> => ({
  status: 'failed',
  phase: 'done',
  finishedAt: clock.now(),
  errorCount: 1,
  errors: JSON.stringify(INTERRUPTED),
  leaseOwner: null,
  leaseUntil: null,
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const parseJson = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);

/** Live progress of the running job, kept in memory (on SQLite nothing may be written while the apply holds the writer). */
interface Live {
  phase: ImportPhase;
  done: number;
  total: number;
  unit: ImportPhaseProgress['unit'];
  phaseStartedAt: number;
}

function secondsLeft(live: Live): number | null {
  const elapsed = (clock.ms() - live.phaseStartedAt) / 1000;
  if (live.done <= 0 || elapsed < 0.5) return null;
  return Math.max(0, Math.round(((live.total - live.done) / live.done) * elapsed));
}

export function toImportResponse(job: ImportJobEntity, lang: Lang, live?: Live, queuePosition: number | null = null): ImportResponse {
  const progress: ImportPhaseProgress | null = live
    ? { phase: live.phase, done: live.done, total: live.total, unit: live.unit, secondsLeft: secondsLeft(live) }
    : parseJson<ImportPhaseProgress | null>(job.progress, null);
  return {
    id: job.id,
    kind: job.kind as ImportKind,
    fileName: job.fileName,
    checksum: job.checksum,
    sizeBytes: job.sizeBytes,
    status: job.status as ImportResponse['status'],
    phase: (live?.phase ?? job.phase) as ImportPhase,
    progress: job.status === 'running' ? progress : null,
    queuePosition: job.status === 'queued' ? queuePosition : null,
    bytesRead: job.bytesRead,
    rowsRead: job.rowsRead,
    inserted: job.inserted,
    updated: job.updated,
    unchanged: job.unchanged,
    replacedStoreDays: job.replacedStoreDays,
    ignoredStoreDaySales: job.ignoredStoreDaySales,
    closedDays: job.closedDays,
    errors: parseJson<StoredProblem[]>(job.errors, []).map((p) => toErrorDetail(p, lang)),
    errorCount: job.errorCount,
    problemGroups: parseJson<Parameters<typeof toProblemGroup>[0][]>(job.problemGroups, []).map((g) => toProblemGroup(g, lang)),
    unknownStoreValues: parseJson<UnknownStoreValue[]>(job.unknownStores, []),
    headers: parseJson<string[] | null>(job.headers, null),
    columns: parseJson<ImportColumn[] | null>(job.columns, null),
    missingFields: parseJson<ImportField[]>(job.missingFields, []),
    dateOrder: (job.dateOrder as DateOrder | null) ?? null,
    decimalSeparator: (job.decimalSeparator as DecimalSeparator | null) ?? null,
    createdBy: job.createdBy,
    createdAt: new Date(job.createdAt).toISOString(),
    startedAt: job.startedAt ? new Date(job.startedAt).toISOString() : null,
    finishedAt: job.finishedAt ? new Date(job.finishedAt).toISOString() : null,
  };
}

/** Multipart file names arrive as latin1 bytes of the UTF-8 name; a real latin1 name stays as it is. */
export function decodeFileName(name: string): string {
  const bytes = Buffer.from(name, 'latin1');
  const utf8 = bytes.toString('utf8');
  return utf8.includes('\uFFFD') ? name : utf8;
}

function sha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

function parseMapping(text: string): ImportMapping {
  let mapping: unknown;
  try {
    mapping = JSON.parse(text);
  } catch {
    throw invalidField('mapping', 'import.mapping_not_object');
  }
  if (!mapping || typeof mapping !== 'object' || Array.isArray(mapping)) throw invalidField('mapping', 'import.mapping_not_object');
  const known = new Set<string>([...Object.values(IMPORT_FIELDS).flat(), 'ignore']);
  for (const [header, field] of Object.entries(mapping)) {
    if (typeof field !== 'string' || !known.has(field))
      throw invalidField('mapping', 'import.mapping_unknown_field', { field: String(field).slice(0, 40), header: header.slice(0, 40) });
  }
  return mapping as ImportMapping;
}

function parseStoreMapping(text: string): ImportStoreMapping {
  let mapping: unknown;
  try {
    mapping = JSON.parse(text);
  } catch {
    throw invalidField('storeMapping', 'import.mapping_not_object');
  }
  if (!mapping || typeof mapping !== 'object' || Array.isArray(mapping)) throw invalidField('storeMapping', 'import.mapping_not_object');
  const entries = Object.entries(mapping);
  if (entries.length > 1_000) throw invalidField('storeMapping', 'import.store_mapping_too_many');
  for (const [value, storeId] of entries) {
    if (!codeKey(value) || value.length > 40)
      throw invalidField('storeMapping', 'import.store_mapping_bad_value', { value: value.slice(0, 40) });
    if (typeof storeId !== 'number' || !Number.isSafeInteger(storeId) || storeId < 1) {
      throw invalidField('storeMapping', 'import.store_mapping_not_id', { value: value.slice(0, 40) });
    }
  }
  return mapping as ImportStoreMapping;
}

/**
 * Imports of daily facts. A file is stored, its first rows looked at for the number style and date order of each
 * column, then checked and staged row by row (streaming: memory does not grow with the file), and applied in one
 * transaction only when every row is good; re-importing the same rows changes nothing. Jobs run in the background,
 * through the phases 读取与校验 (reading) · 写入 (writing) · 汇总 (rollup); the client polls GET /api/imports/:id.
 *
 * The queue is the import_job table, shared by every API process on the database: a process takes the oldest queued
 * job by leasing it (on PostgreSQL under an advisory lock, so of several processes one takes it and jobs still run
 * one at a time chain-wide), renews the lease while it works, and a job whose process died is taken again by any
 * process once the lease has run out — from the start, reading the upload again from UPLOAD_DIR (shared storage).
 * The apply marks the job applied in its own transaction, so a job taken again after its rows were applied writes
 * nothing. A graceful shutdown puts a job that is still reading back in the queue and lets an apply finish.
 */
@Injectable()
export class ImportsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Imports');
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly live = new Map<number, Live>();
  private working: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopping = false;

  constructor(
    private readonly db: DataSource,
    @InjectRepository(ImportJobEntity) private readonly jobs: Repository<ImportJobEntity>,
    @InjectRepository(ImportMappingEntity) private readonly mappings: Repository<ImportMappingEntity>,
    @InjectRepository(ImportProblemEntity) private readonly problemRows: Repository<ImportProblemEntity>,
    private readonly org: OrgRepository,
    private readonly stores: StoresService,
    private readonly directory: StoreDirectory,
    private readonly audit: AuditService,
  ) {}

  /**
   * At start: what a crash left in the upload folders is swept (uploads of jobs still waiting stay), and this process
   * starts looking for queued jobs — those of a process that died included, once their lease has run out.
   */
  async onModuleInit(): Promise<void> {
    await sweepUploadDir();
    await this.sweepJobFiles();
    if (process.env['IMPORT_WORKER'] === 'off') return;
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.kick();
  }

  /** Graceful shutdown: no new job is taken; a job still reading goes back to the queue, an apply is let finish. */
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.working;
  }

  /** Upload files of jobs that are over (or gone): a crash between the end of a job and the file's removal. */
  private async sweepJobFiles(): Promise<void> {
    const names = await readdir(UPLOAD_JOBS_DIR).catch(() => [] as string[]);
    if (!names.length) return;
    const waiting = await this.jobs.find({ where: { status: In(['queued', 'running']) }, select: { id: true, filePath: true } });
    const keep = new Set(waiting.map((j) => j.filePath));
    await Promise.all(
      names
        .map((name) => join(UPLOAD_JOBS_DIR, name))
        .filter((path) => !keep.has(path))
        .map((path) => rm(path, { force: true })),
    );
  }

  async create(user: RequestUser, file: UploadedFile | undefined, dto: CreateImportDto, lang: Lang): Promise<ImportResponse> {
    if (!file) throw invalidField('file', 'import.file_required');
    await sniffUpload(file);
    let mapping: ImportMapping | undefined;
    let storeMapping: ImportStoreMapping | undefined;
    try {
      if (dto.mapping) mapping = parseMapping(dto.mapping);
      if (dto.storeMapping) storeMapping = parseStoreMapping(dto.storeMapping);
    } catch (error) {
      await rm(file.path, { force: true });
      throw error;
    }
    const checksum = await sha256(file.path);
    // Out of this process's folder into the shared one: any process may take the job.
    await mkdir(UPLOAD_JOBS_DIR, { recursive: true });
    const filePath = join(UPLOAD_JOBS_DIR, `${randomUUID()}.upload`);
    await rename(file.path, filePath);
    const job = await runInTransaction(this.db, (em) =>
      em.save(
        em.create(ImportJobEntity, {
          kind: dto.kind ?? ImportKind.CategoryFacts,
          fileName: safeFileName(decodeFileName(file.originalname)),
          checksum,
          sizeBytes: file.size,
          status: 'queued',
          phase: 'queued',
          mapping: mapping ? JSON.stringify(mapping) : null,
          storeMapping: storeMapping ? JSON.stringify(storeMapping) : null,
          dateOrder: dto.dateOrder ?? null,
          decimalSeparator: dto.decimalSeparator ?? null,
          dateOrderGiven: dto.dateOrder !== undefined,
          decimalSeparatorGiven: dto.decimalSeparator !== undefined,
          createdById: user.id,
          createdBy: user.username,
          createdAt: clock.now(),
          filePath,
          actor: JSON.stringify(user),
          kindGiven: dto.kind !== undefined,
        }),
      ),
    ).catch(async (error: unknown) => {
      await rm(filePath, { force: true });
      throw error;
    });
    this.kick();
    return toImportResponse(job, lang, undefined, await this.queuePosition(job.id));
  }

  async get(id: number, lang: Lang): Promise<ImportResponse> {
    const job = await this.jobs.findOneBy({ id });
    if (!job) throw codedError(404, 'import.not_found', { id }, [coded('import.not_found', { id }, { field: 'id' })]);
    return toImportResponse(job, lang, this.live.get(id), job.status === 'queued' ? await this.queuePosition(id) : null);
  }

  async list(query: ImportQueryDto, lang: Lang): Promise<Page<ImportResponse>> {
    const window = pageWindow(query);
    const where: Record<string, string> = {};
    if (query.status) where['status'] = query.status;
    if (query.kind) where['kind'] = query.kind;
    const [rows, total] = await this.jobs.findAndCount({ where, order: { id: 'DESC' }, skip: window.skip, take: window.take });
    return toPage(rows, total, window, (job) => toImportResponse(job, lang, this.live.get(job.id)));
  }

  /** Every kept problem of a job as a sheet: 行, 列, 值, 问题 (and a note when there were more than are kept). */
  async problemsWorkbook(id: number, lang: Lang): Promise<{ fileName: string; body: Buffer }> {
    const job = await this.jobs.findOneBy({ id });
    if (!job) throw codedError(404, 'import.not_found', { id }, [coded('import.not_found', { id }, { field: 'id' })]);
    const rows = await this.problemRows.find({ where: { jobId: id }, order: { id: 'ASC' } });
    const book = new Workbook();
    const zh = lang === 'zh-CN';
    const sheet = book.addWorksheet(zh ? '问题' : 'Problems');
    sheet.columns = [
      { header: zh ? '行' : 'Line', key: 'line', width: 8 },
      { header: zh ? '列' : 'Column', key: 'column', width: 16 },
      { header: zh ? '值' : 'Value', key: 'value', width: 24 },
      { header: zh ? '问题' : 'Problem', key: 'problem', width: 70 },
    ];
    const columns = parseJson<ImportColumn[] | null>(job.columns, null);
    for (const r of rows) {
      const columnName = r.column === null ? '' : (columns?.[r.column - 1]?.header ?? String(r.column));
      sheet.addRow({
        line: r.line || '',
        column: r.column === null ? '' : `${r.column} ${columnName}`.trim(),
        value: r.value ?? '',
        problem: importMessage(r.code, parseJson<Record<string, string | number>>(r.params, {}), lang),
      });
    }
    if (job.errorCount > rows.length) {
      sheet.addRow({
        problem: zh
          ? `共 ${job.errorCount.toLocaleString('zh-CN')} 个问题，此处列出前 ${rows.length.toLocaleString('zh-CN')} 个`
          : `${job.errorCount.toLocaleString('en')} problems in all; the first ${rows.length.toLocaleString('en')} are listed`,
      });
    }
    sheet.getRow(1).font = { bold: true };
    return { fileName: `import-${id}-problems.xlsx`, body: Buffer.from(await book.xlsx.writeBuffer()) };
  }

  /** Resolves when no import is queued or running any more (tests, seeding). */
  async idle(): Promise<void> {
    for (;;) {
      if (this.working) {
        await this.working;
        continue;
      }
      if (!(await this.jobs.count({ where: { status: In(['queued', 'running']) } }))) return;
      this.kick();
      await sleep(20);
    }
  }

  /** Takes and runs queued jobs until there is none this process may take (one at a time). */
  private kick(): void {
    if (this.working || this.stopping) return;
    this.working = this.drain()
      .catch((error: unknown) => this.logger.error(`import queue: ${error instanceof Error ? error.stack : String(error)}`))
      .finally(() => (this.working = null));
  }

  private async drain(): Promise<void> {
    while (!this.stopping) {
      const job = await this.take();
      if (!job) return;
      await this.run(job);
    }
  }

  /**
   * Leases the oldest job that waits (queued, or running under a lease that ran out) unless another process holds a
   * live one. Lease times are the machine's real time, not the app's clock (which a test may set per process).
   */
  private async take(): Promise<ImportJobEntity | null> {
    for (;;) {
      const now = new Date();
      const taken = await runInTransaction(this.db, async (em) => {
        await advisoryXactLock(em, IMPORT_QUEUE_LOCK);
        const repo = em.getRepository(ImportJobEntity);
        const held = await repo.createQueryBuilder('j').where(`j.status = 'running' AND j.leaseUntil > :now`, { now }).getCount();
        if (held) return null;
        const job = await repo
          .createQueryBuilder('j')
          .where(`j.status = 'queued' OR (j.status = 'running' AND (j.leaseUntil IS NULL OR j.leaseUntil <= :now))`, { now })
          .orderBy('j.id', 'ASC')
          .getOne();
        if (!job) return null;
        if (job.attempts >= MAX_ATTEMPTS) {
          await repo.update({ id: job.id }, interruptedJob());
          return 'skip' as const;
        }
        const lease = { leaseOwner: this.owner, leaseUntil: new Date(now.getTime() + leaseMs()), attempts: job.attempts + 1 };
        await repo.update({ id: job.id }, { status: 'running', ...lease });
        return Object.assign(job, { status: 'running' }, lease);
      });
      if (taken === 'skip') continue;
      return taken;
    }
  }

  /** Keeps the lease of the running job while this process works on it (skipped while SQLite's writer is busy). */
  private renewLease(id: number): NodeJS.Timeout {
    const timer = setInterval(
      () => {
        if (writerBusy(this.db)) return;
        runInTransaction(this.db, (em) =>
          em.update(ImportJobEntity, { id, leaseOwner: this.owner }, { leaseUntil: new Date(Date.now() + leaseMs()) }),
        ).catch((error: unknown) =>
          this.logger.warn(`import ${id}: lease not renewed: ${error instanceof Error ? error.message : String(error)}`),
        );
      },
      Math.max(200, leaseMs() / 3),
    );
    timer.unref();
    return timer;
  }

  /** How many jobs of each status the database holds (for /api/metrics). */
  async countByStatus(): Promise<Record<string, number>> {
    const rows = await this.jobs
      .createQueryBuilder('j')
      .select('j.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .groupBy('j.status')
      .getRawMany<{ status: string; n: number | string }>();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  private async queuePosition(id: number): Promise<number> {
    const [ahead, running] = await Promise.all([
      this.jobs.count({ where: { status: 'queued', id: LessThan(id) } }),
      this.jobs.count({ where: { status: 'running' } }),
    ]);
    return ahead + running;
  }

  private setLive(id: number, phase: ImportPhase, done: number, total: number, unit: Live['unit']): void {
    const current = this.live.get(id);
    const phaseStartedAt = current && current.phase === phase ? current.phaseStartedAt : clock.ms();
    this.live.set(id, { phase, done, total, unit, phaseStartedAt });
  }

  /** Writes the job's progress unless SQLite's writer is held by the apply (it is read from memory meanwhile). */
  private async saveProgress(id: number, fields: Partial<ImportJobEntity>): Promise<void> {
    if (writerBusy(this.db)) return;
    const live = this.live.get(id);
    const progress = live
      ? JSON.stringify({ phase: live.phase, done: live.done, total: live.total, unit: live.unit, secondsLeft: secondsLeft(live) })
      : null;
    await runInTransaction(this.db, (em) =>
      em.update(ImportJobEntity, { id }, { ...fields, ...(live ? { phase: live.phase, progress } : {}) }),
    );
  }

  private async run(job: ImportJobEntity): Promise<void> {
    const id = job.id;
    const lease = this.renewLease(id);
    try {
      await this.runTaken(job);
    } finally {
      clearInterval(lease);
    }
  }

  private async runTaken(job: ImportJobEntity): Promise<void> {
    const id = job.id;
    const path = job.filePath;
    const user = parseJson<RequestUser | null>(job.actor, null);
    const explicitKind = job.kindGiven ? (job.kind as ImportKind) : undefined;
    if (job.applied) {
      // Taken again after its rows were applied (the process died before it could say so): nothing is written twice.
      this.logger.warn(`import ${id}: taken again after its apply had committed; nothing written again`);
      await runInTransaction(this.db, (em) =>
        em.update(
          ImportJobEntity,
          { id },
          { status: 'succeeded', phase: 'done', progress: null, finishedAt: clock.now(), leaseOwner: null, leaseUntil: null },
        ),
      );
      if (path) await rm(path, { force: true });
      return;
    }
    if (!user || !path) {
      // Queued by a version that kept the upload and its uploader in memory: it cannot be run by another process.
      await runInTransaction(this.db, (em) => em.update(ImportJobEntity, { id }, interruptedJob()));
      return;
    }
    const startedAt = job.startedAt ?? clock.now();
    this.setLive(id, 'reading', 0, job.sizeBytes, 'bytes');
    await this.saveProgress(id, { status: 'running', startedAt });
    const started = clock.ms();
    let headers: string[] = [];
    const problems = new Problems((column) => (headers[column - 1] ?? '').slice(0, 40) || null);
    let staging: Staging | undefined;
    let released = false;
    let source: SourceFile | undefined;
    let bytesRead = 0;
    let rowsRead = 0;
    let lastProgress = 0;
    let checker: RowChecker | undefined;
    let columns: ImportColumn[] | null = null;
    let missing: ImportField[] = [];
    const extra: Partial<ImportJobEntity> = {};
    const progress = async () => {
      if (this.stopping) throw new Released();
      if (clock.ms() - lastProgress < PROGRESS_EVERY_MS) return;
      lastProgress = clock.ms();
      this.setLive(id, 'reading', bytesRead, job.sizeBytes, 'bytes');
      await this.saveProgress(id, { bytesRead, rowsRead });
    };
    const finish = async (fields: Partial<ImportJobEntity>) => {
      this.live.delete(id);
      const stored = problems.stored;
      await runInTransaction(this.db, async (em) => {
        for (let i = 0; i < stored.length; i += 500) {
          await em.insert(
            ImportProblemEntity,
            stored.slice(i, i + 500).map((p) => ({
              jobId: id,
              line: p.line,
              column: p.column,
              code: p.code,
              value: p.value,
              params: Object.keys(p.params).length ? JSON.stringify(p.params) : null,
            })),
          );
        }
        await em.update(
          ImportJobEntity,
          { id },
          {
            bytesRead,
            rowsRead,
            phase: 'done',
            progress: null,
            finishedAt: clock.now(),
            errorCount: problems.count,
            errors: JSON.stringify(problems.first()),
            problemGroups: JSON.stringify(problems.groupList()),
            unknownStores: checker ? JSON.stringify(this.unknownStoreList(checker)) : null,
            columns: columns ? JSON.stringify(columns) : null,
            missingFields: JSON.stringify(missing),
            leaseOwner: null,
            leaseUntil: null,
            ...extra,
            ...fields,
          },
        );
      });
    };
    try {
      if (!path) throw new SourceError('file_gone');
      // A look at the first rows: each column's number style and date order.
      const detector = new StyleDetector();
      source = await openSource(path);
      headers = source.headers;
      let sampled = 0;
      for await (const rows of source.rows) {
        detector.add(rows);
        sampled += rows.length;
        if (sampled >= STYLE_SAMPLE_ROWS || (sampled >= STYLE_SAMPLE_MIN_ROWS && detector.settled())) break;
      }
      source.close();
      source = await openSource(path, (bytes) => (bytesRead = bytes));
      const signature = headerSignature(headers);
      let mapping: ImportMapping | undefined = parseJson<ImportMapping | undefined>(job.mapping, undefined);
      if (!mapping) {
        const remembered = await this.mappings.findOneBy({ signature });
        if (remembered && (!explicitKind || remembered.kind === explicitKind)) mapping = JSON.parse(remembered.mapping);
      }
      const planned = planColumns(headers, explicitKind, mapping);
      const targets = 'plan' in planned ? planned.plan.targets : planned.targets;
      columns = headers.slice(0, MAX_HEADERS).map((header, i) => {
        const style = detector.styleOf(i);
        const column: ImportColumn = { index: i + 1, header: header.slice(0, 100), field: targets[i] ?? null };
        if (style.numberStyle) column.numberStyle = style.numberStyle;
        if (style.dates) column.dateOrder = style.dateOrder;
        return column;
      });
      if (!('plan' in planned)) {
        missing = planned.missing;
        for (const p of planned.problems) problems.add(1, p.column ?? null, p.code, p.params);
        // The kind the columns point to, so the history says what the file looked like.
        await finish({
          status: 'failed',
          kind: planned.kind,
          headers: JSON.stringify(headers.slice(0, MAX_HEADERS).map((h) => h.slice(0, 100))),
        });
        return;
      }
      const { plan } = planned;
      if (job.mapping) {
        await runInTransaction(this.db, (em) =>
          em.save(ImportMappingEntity, { signature, kind: plan.kind, mapping: job.mapping as string, updatedAt: clock.now() }),
        );
      }
      await this.saveProgress(id, { kind: plan.kind });
      // The clerk's mapping of this file's store values, remembered as the stores' external codes.
      const lookup = await this.org.findStoreCodeKeys();
      if (
        job.storeMapping &&
        !(await this.applyStoreMapping(user, parseJson<ImportStoreMapping>(job.storeMapping, {}), lookup, problems))
      ) {
        await finish({ status: 'failed' });
        return;
      }
      const categories = plan.kind === ImportKind.CategoryFacts ? await this.categoryMap() : new Map<string, number>();
      const dateColumn = plan.columns.date as number;
      const detectedDecimal = this.detectedDecimal(plan.columns, detector);
      const dateOrder = (job.dateOrder as DateOrder | null) ?? detector.styleOf(dateColumn).dateOrder;
      const decimal = (job.decimalSeparator as DecimalSeparator | null) ?? detectedDecimal;
      checker = new RowChecker(
        plan,
        headers,
        lookup,
        categories,
        (line, column, code, params, value) => problems.add(line, column, code, params, value),
        { dateOrder: dateOrder === 'ymd' ? null : dateOrder, decimalSeparator: decimal },
      );
      const present = new Set<ImportField>(Object.keys(plan.columns) as ImportField[]);
      staging = await openStaging(this.db, plan.kind, present);
      const sameKey = plan.kind === ImportKind.CategoryFacts ? 'duplicate_key_category' : 'duplicate_key_store';
      let batch: FactRow[] = [];
      const flush = async () => {
        if (!batch.length || !staging) return;
        for (const dup of await staging.add(batch)) problems.add(dup.line, dateColumn + 1, sameKey, { firstLine: dup.firstLine });
        batch = [];
      };
      for await (const rows of source.rows) {
        for (const row of rows) {
          rowsRead++;
          const fact = checker.check(row);
          if (fact) batch.push(fact);
        }
        if (batch.length >= BATCH) await flush();
        await progress();
      }
      await flush();
      extra.dateOrder = checker.dateColumn.order ?? (dateOrder === 'ymd' ? 'ymd' : null);
      extra.decimalSeparator = checker.decimalSeparator() ?? decimal;
      if (rowsRead === 0) problems.add(2, null, 'no_rows');
      if (problems.count > 0) {
        await finish({ status: 'failed' });
        return;
      }
      const staged = clock.ms();
      this.setLive(id, 'writing', 0, rowsRead, 'rows');
      await this.saveProgress(id, { bytesRead, rowsRead });
      const counts = await staging.apply((p) => this.setLive(id, p.phase, p.done, p.total, p.phase === 'writing' ? 'rows' : 'months'), id);
      this.logger.log(`import ${id}: ${rowsRead} rows read and staged in ${staged - started} ms, applied in ${clock.ms() - staged} ms`);
      await finish({ status: 'succeeded', ...counts });
      await runInTransaction(this.db, (em) =>
        this.audit.record(em, { id: user.id, username: user.username }, 'create', 'import', id, null, {
          fileName: job.fileName,
          checksum: job.checksum,
          kind: plan.kind,
          rowsRead,
          ...counts,
        }),
      );
    } catch (error) {
      if (error instanceof Released) {
        released = true;
        await runInTransaction(this.db, (em) =>
          em.update(
            ImportJobEntity,
            { id, leaseOwner: this.owner },
            {
              status: 'queued',
              phase: 'queued',
              progress: null,
              leaseOwner: null,
              leaseUntil: null,
              attempts: Math.max(0, job.attempts - 1),
            },
          ),
        ).catch((e: unknown) => this.logger.error(e));
        this.logger.log(`import ${id}: put back in the queue for another process (shutting down)`);
        return;
      }
      if (error instanceof ArchiveLimitError) {
        problems.add(error.detail.line ?? 0, null, 'workbook_limit', { problem: error.detail.problem });
      } else if (error instanceof SourceError) {
        problems.add(0, null, error.message);
      } else if (error instanceof CsvError) {
        problems.add(error.line, null, 'csv_unclosed_quote', { line: error.line });
      } else {
        this.logger.error(error instanceof Error ? error.stack : String(error));
        problems.add(0, null, staging ? 'apply_failed' : 'unreadable');
      }
      await finish({ status: 'failed' }).catch((e) => this.logger.error(e));
    } finally {
      source?.close();
      this.live.delete(id);
      await staging?.close();
      if (path && !released) await rm(path, { force: true });
    }
  }

  /** The decimal separator the numeric columns' first rows show, when they agree. */
  private detectedDecimal(columns: Partial<Record<ImportField, number>>, detector: StyleDetector): DecimalSeparator | null {
    const seen = new Set<DecimalSeparator>();
    for (const field of ['sales', 'cost', 'shrink', 'transactions', 'labour_hours'] as const) {
      const index = columns[field];
      if (index === undefined) continue;
      const decimal = detector.styleOf(index).numberStyle?.decimal;
      if (decimal) seen.add(decimal);
    }
    return seen.size === 1 ? [...seen][0] : null;
  }

  /**
   * Adds the upload's store values as external codes of the stores they are mapped to (and to the lookup). A value
   * that already names another store, or a store that does not exist, is a problem and nothing is added.
   */
  private async applyStoreMapping(
    user: RequestUser,
    mapping: ImportStoreMapping,
    lookup: Map<string, number>,
    problems: Problems,
  ): Promise<boolean> {
    const byStore = new Map<number, string[]>();
    for (const [value, storeId] of Object.entries(mapping)) {
      const key = codeKey(value);
      const owner = lookup.get(key);
      if (owner !== undefined && owner !== storeId) {
        problems.add(0, null, 'store_mapping_taken', { value: value.slice(0, 40), store: owner });
        continue;
      }
      if (owner === storeId) continue;
      byStore.set(storeId, [...(byStore.get(storeId) ?? []), value.trim()]);
    }
    const known = new Set(lookup.values());
    for (const storeId of byStore.keys()) {
      if (!known.has(storeId)) problems.add(0, null, 'store_mapping_unknown_store', { value: (byStore.get(storeId) ?? [''])[0], storeId });
    }
    if (problems.count) return false;
    for (const [storeId, codes] of byStore) {
      await this.stores.addExternalCodes(user, storeId, codes);
      for (const code of codes) lookup.set(codeKey(code), storeId);
    }
    return true;
  }

  private unknownStoreList(checker: RowChecker): UnknownStoreValue[] {
    return [...checker.unknownStores.values()]
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, IMPORT_MAX_STORED_PROBLEMS);
  }

  private async categoryMap(): Promise<Map<string, number>> {
    return new Map((await this.directory.categories()).map((r) => [codeKey(r.code), r.id]));
  }
}
