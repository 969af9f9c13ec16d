import { Injectable, Logger, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { DataSource, In, Repository } from 'typeorm';
import { AuditService } from '@storeops/api/audit';
import {
  ArchiveLimitError,
  clipMessage,
  clock,
  DetailedError,
  limitValue,
  pageWindow,
  RequestUser,
  runInTransaction,
  safeFileName,
  toPage,
} from '@storeops/api/core';
import { ErrorDetail, IMPORT_FIELDS, IMPORT_MAX_ERRORS, ImportKind, ImportMapping, ImportResponse, Page } from '@storeops/shared/contracts';
import { CreateImportDto, ImportQueryDto } from './dto/import.dto';
import { ImportJobEntity, ImportMappingEntity } from './entities/import-job.entity';
import { headerSignature, planColumns } from './import/headers';
import { CsvError } from './import/csv';
import { openSource, SourceError } from './import/reader';
import { FactRow, openStaging, Staging } from './import/staging';
import { RowChecker } from './import/row-checker';
import { sniffUpload, sweepUploadDir } from './import/uploads';

export interface UploadedFile {
  path: string;
  originalname: string;
  size: number;
}

const BATCH = 2_000;
const PROGRESS_EVERY_MS = 400;

export function toImportResponse(job: ImportJobEntity): ImportResponse {
  return {
    id: job.id,
    kind: job.kind as ImportKind,
    fileName: job.fileName,
    checksum: job.checksum,
    sizeBytes: job.sizeBytes,
    status: job.status as ImportResponse['status'],
    bytesRead: job.bytesRead,
    rowsRead: job.rowsRead,
    inserted: job.inserted,
    updated: job.updated,
    unchanged: job.unchanged,
    errors: job.errors ? JSON.parse(job.errors) : [],
    errorCount: job.errorCount,
    headers: job.headers ? JSON.parse(job.headers) : null,
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

/** The header row as a job keeps it: at most IMPORT_MAX_HEADER_COLUMNS columns of at most 100 characters. */
function boundedHeaders(headers: readonly string[]): string[] {
  return headers.slice(0, limitValue('importMaxHeaderColumns')).map((h) => (h.length > 100 ? `${h.slice(0, 100)}…` : h));
}

class Problems {
  readonly list: ErrorDetail[] = [];
  count = 0;
  add(line: number, column: number | undefined, problem: string): void {
    this.count++;
    const text = clipMessage(problem, 300);
    if (this.list.length < IMPORT_MAX_ERRORS)
      this.list.push(column === undefined ? { line, problem: text } : { line, column, problem: text });
  }
}

/**
 * Imports of daily facts. A file is stored, checked and staged row by row (streaming: memory does not grow with the
 * file), and applied in one transaction only when every row is good; re-importing the same rows changes nothing.
 * Jobs run one at a time, in the background; the client polls GET /api/imports/:id.
 */
@Injectable()
export class ImportsService implements OnModuleInit {
  private readonly logger = new Logger('Imports');
  private queue: Promise<unknown> = Promise.resolve();
  private readonly files = new Map<number, string>();

  constructor(
    private readonly db: DataSource,
    @InjectRepository(ImportJobEntity) private readonly jobs: Repository<ImportJobEntity>,
    @InjectRepository(ImportMappingEntity) private readonly mappings: Repository<ImportMappingEntity>,
    private readonly audit: AuditService,
  ) {}

  /** Jobs cut off by a restart are failed, not left "running" for ever. */
  async onModuleInit(): Promise<void> {
    await sweepUploadDir();
    await this.jobs.update(
      { status: In(['queued', 'running']) },
      {
        status: 'failed',
        finishedAt: clock.now(),
        errorCount: 1,
        errors: JSON.stringify([{ line: 0, problem: 'interrupted by a restart; import the file again' }]),
      },
    );
  }

  async create(user: RequestUser, file: UploadedFile | undefined, dto: CreateImportDto): Promise<ImportResponse> {
    if (!file) throw new DetailedError(400, 'Invalid request', [{ field: 'file', problem: 'a CSV or XLSX file is required' }]);
    await sniffUpload(file);
    let mapping: ImportMapping | undefined;
    if (dto.mapping) {
      try {
        mapping = JSON.parse(dto.mapping);
      } catch {
        await rm(file.path, { force: true });
        throw new DetailedError(400, 'Invalid request', [{ field: 'mapping', problem: 'must be a JSON object' }]);
      }
      const known = new Set<string>(Object.values(IMPORT_FIELDS).flat());
      const wrong = Object.entries(mapping ?? {}).find(([, field]) => !known.has(field));
      if (!mapping || typeof mapping !== 'object' || Array.isArray(mapping) || wrong) {
        await rm(file.path, { force: true });
        throw new DetailedError(400, 'Invalid request', [
          { field: 'mapping', problem: wrong ? `"${wrong[1]}" is not a field` : 'must be a JSON object' },
        ]);
      }
    }
    const job = await this.jobs.save(
      this.jobs.create({
        kind: dto.kind ?? ImportKind.CategoryFacts,
        fileName: safeFileName(decodeFileName(file.originalname)),
        checksum: await sha256(file.path),
        sizeBytes: file.size,
        status: 'queued',
        mapping: mapping ? JSON.stringify(mapping) : null,
        createdById: user.id,
        createdBy: user.username,
        createdAt: clock.now(),
      }),
    );
    this.files.set(job.id, file.path);
    const explicitKind = dto.kind;
    this.queue = this.queue.then(() => this.run(job.id, user, explicitKind)).catch((error) => this.logger.error(error));
    return toImportResponse(job);
  }

  async get(id: number): Promise<ImportResponse> {
    const job = await this.jobs.findOneBy({ id });
    if (!job) throw new NotFoundException(`Import ${id} not found`);
    return toImportResponse(job);
  }

  async list(query: ImportQueryDto): Promise<Page<ImportResponse>> {
    const window = pageWindow(query);
    const where: Record<string, string> = {};
    if (query.status) where['status'] = query.status;
    if (query.kind) where['kind'] = query.kind;
    const [rows, total] = await this.jobs.findAndCount({ where, order: { id: 'DESC' }, skip: window.skip, take: window.take });
    return toPage(rows, total, window, toImportResponse);
  }

  /** Resolves when every import queued so far has finished (tests, seeding). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  private async run(id: number, user: RequestUser, explicitKind: ImportKind | undefined): Promise<void> {
    const path = this.files.get(id);
    const job = await this.jobs.findOneByOrFail({ id });
    await this.jobs.update({ id }, { status: 'running', startedAt: clock.now() });
    const started = clock.ms();
    const problems = new Problems();
    let staging: Staging | undefined;
    let bytesRead = 0;
    let rowsRead = 0;
    let lastProgress = 0;
    const progress = async (force = false) => {
      if (!force && clock.ms() - lastProgress < PROGRESS_EVERY_MS) return;
      lastProgress = clock.ms();
      await this.jobs.update({ id }, { bytesRead, rowsRead });
    };
    const finish = (fields: Partial<ImportJobEntity>) =>
      this.jobs.update(
        { id },
        { bytesRead, rowsRead, finishedAt: clock.now(), errorCount: problems.count, errors: JSON.stringify(problems.list), ...fields },
      );
    try {
      if (!path) throw new SourceError('the uploaded file is gone; import it again');
      const source = await openSource(path, (bytes) => (bytesRead = bytes));
      const signature = headerSignature(source.headers);
      let mapping: ImportMapping | undefined = job.mapping ? JSON.parse(job.mapping) : undefined;
      if (!mapping) {
        const remembered = await this.mappings.findOneBy({ signature });
        if (remembered && (!explicitKind || remembered.kind === explicitKind)) mapping = JSON.parse(remembered.mapping);
      }
      const planned = planColumns(source.headers, explicitKind, mapping);
      if ('problems' in planned) {
        for (const p of planned.problems) problems.add(1, p.column, p.problem);
        await finish({ status: 'failed', headers: JSON.stringify(boundedHeaders(source.headers)) });
        return;
      }
      const { plan } = planned;
      if (job.mapping) {
        await this.mappings.save({ signature, kind: plan.kind, mapping: job.mapping, updatedAt: clock.now() });
      }
      await this.jobs.update({ id }, { kind: plan.kind });
      const stores = await this.codeMap('store');
      const categories = plan.kind === ImportKind.CategoryFacts ? await this.codeMap('category') : new Map<string, number>();
      const checker = new RowChecker(plan, source.headers, stores, categories, (line, column, problem) =>
        problems.add(line, column, problem),
      );
      const dateColumn = (plan.columns.date as number) + 1;
      const sameKey = plan.kind === ImportKind.CategoryFacts ? 'date, store and category' : 'date and store';
      staging = await openStaging(this.db, plan.kind);
      let batch: FactRow[] = [];
      const flush = async () => {
        if (!batch.length || !staging) return;
        for (const dup of await staging.add(batch)) problems.add(dup.line, dateColumn, `the same ${sameKey} as line ${dup.firstLine}`);
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
      if (rowsRead === 0) problems.add(2, undefined, 'the file has a header row but no data rows');
      if (problems.count > 0) {
        await finish({ status: 'failed' });
        return;
      }
      const staged = clock.ms();
      const counts = await staging.apply();
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
      if (error instanceof ArchiveLimitError) {
        problems.add(error.detail.line ?? 0, undefined, error.detail.problem);
      } else if (error instanceof SourceError) {
        problems.add(0, undefined, error.message);
      } else if (error instanceof CsvError) {
        problems.add(error.line, undefined, `not valid CSV: ${error.message}`);
      } else {
        this.logger.error(error instanceof Error ? error.stack : String(error));
        problems.add(0, undefined, 'the file could not be read as CSV or XLSX');
      }
      await finish({ status: 'failed' });
    } finally {
      await staging?.close();
      this.files.delete(id);
      if (path) await rm(path, { force: true });
    }
  }

  private async codeMap(table: 'store' | 'category'): Promise<Map<string, number>> {
    const rows: Array<{ id: number; code: string }> = await this.db.query(`SELECT "id", "code" FROM "${table}"`);
    return new Map(rows.map((r) => [r.code.toUpperCase(), Number(r.id)]));
  }
}
