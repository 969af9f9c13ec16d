import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import {
  ACTUALS_READER,
  ActualsReader,
  withDataVersion,
  chinaDay,
  clock,
  codedError,
  DetailedError,
  invalidRequest,
  pageWindow,
  quote,
  RequestUser,
  runInTransaction,
  staleVersion,
  toPage,
} from '@storeops/api/core';
import {
  coded,
  DecompositionMethod,
  ErrorDetail,
  isMoneyMetric,
  largestRemainderSplit,
  Page,
  StoreLock,
  TargetCell,
  TargetChangeResponse,
  TargetDecompositionResponse,
  TargetMetric,
  UpdateCellsResponse,
} from '@storeops/shared/contracts';
import {
  CreateDecompositionDto,
  DecompositionQueryDto,
  ImportCellsDto,
  PublishDto,
  ResplitDto,
  ReturnDto,
  UpdateCellsDto,
  WorkflowStepDto,
} from './dto/decomposition.dto';
import { TargetCellEntity, TargetDecompositionEntity, TargetStoreEntity } from './entities';
import { readSheet, writeSheet } from './excel';
import { toDecompositionResponse, toTargetChangeResponse, zeroMonthsOf } from './mappers';
import { completeMonths, monthsOfWindow, PlanHistory, planDecomposition } from './planner';
import { TargetsRepository } from './targets.repository';

/** A 409 whose message is a code of TARGETS_ERRORS. */
function conflict(code: string, details: ErrorDetail[] = [], params: Record<string, string | number> = {}): DetailedError {
  return codedError(409, code, params, details);
}

/** The split a write read has since changed. */
const stale = (expected: number, current: number) => staleVersion(expected, current, 'targets.version_stale', 'targets.changed');

/** The company target: kept apart from the stores' sum since issue 12, equal to it on splits made before. */
export function targetTotalOf(d: TargetDecompositionEntity): number {
  return d.targetTotal ?? d.total;
}

/**
 * A split with zero months goes on only with confirmZeroMonths: 409 naming each store and its months otherwise.
 * (A store locked at 0 has none: it was set so on purpose.)
 */
function checkZeroMonths(storeRows: readonly TargetStoreEntity[], cells: readonly TargetCellEntity[], confirmed: boolean | undefined) {
  const zero = zeroMonthsOf(storeRows, cells);
  if (!zero.length || confirmed) return;
  throw conflict(
    'targets.zero_months_unconfirmed',
    zero.map((z) => coded('targets.zero_month_store', { store: z.storeCode, months: z.months.join(',') }, { field: 'confirmZeroMonths' })),
    { count: zero.reduce((n, z) => n + z.months.length, 0) },
  );
}

/** Without its own history the audit entry stays small: the header and the store rows, never the 12 × n cells. */
function auditView(view: TargetDecompositionResponse): object {
  return { ...view, cells: undefined };
}

export interface ExportedSheet {
  fileName: string;
  content: Buffer;
}

/** Decompositions 指标分解 (DESIGN.md §3): split, edit, workflow, Excel round trip. */
@Injectable()
export class DecompositionsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: TargetsRepository,
    private readonly audit: AuditService,
    // Provided globally by the kpi module; optional so the API still starts without it (target writes then 503).
    @Optional() @Inject(ACTUALS_READER) private readonly actuals?: ActualsReader,
  ) {}

  private reader(): ActualsReader {
    if (!this.actuals) throw codedError(503, 'service.actuals_unavailable');
    return this.actuals;
  }

  async list(query: DecompositionQueryDto): Promise<Page<TargetDecompositionResponse>> {
    const window = pageWindow(query);
    const [rows, total] = await this.repo.findDecompositionsPage(query, window);
    const names = await this.repo.findDisplayNames(rows.map((d) => d.returnedBy));
    return toPage(rows, total, window, (d) => toDecompositionResponse(d, [], [], names));
  }

  async get(id: number): Promise<TargetDecompositionResponse> {
    return this.view(await this.load(id));
  }

  async changes(id: number): Promise<TargetChangeResponse[]> {
    await this.load(id);
    return (await this.repo.findChanges(id)).map(toTargetChangeResponse);
  }

  async create(user: RequestUser, dto: CreateDecompositionDto): Promise<TargetDecompositionResponse> {
    const history = await this.history(dto.year, dto.metric);
    return this.write(async (em) => {
      const saved = await em.save(
        em.create(TargetDecompositionEntity, {
          year: dto.year,
          metric: dto.metric,
          total: dto.total,
          targetTotal: dto.total,
          method: dto.method,
          status: 'draft',
          current: false,
          createdBy: user.username,
          createdAt: clock.now(),
          publishedBy: null,
          publishedAt: null,
          approvedBy: null,
          approvedAt: null,
          returnComment: null,
          returnedBy: null,
          returnedAt: null,
        }),
      );
      await this.writeSplit(em, saved, dto.locks ?? [], history);
      const view = await this.view(saved, em);
      await this.audit.record(em, actorOf(user), 'create', 'target_decomposition', saved.id, null, auditView(view));
      return view;
    });
  }

  /** Recomputes a draft with new locks, the same total and method. */
  async resplit(user: RequestUser, id: number, dto: ResplitDto): Promise<TargetDecompositionResponse> {
    const header = await this.load(id);
    const history = await this.history(header.year, header.metric);
    return this.write(async (em) => {
      const d = await this.load(id, em);
      if (d.version !== dto.version) throw stale(dto.version, d.version);
      if (d.status !== 'draft')
        throw conflict('targets.only_draft_resplit', [coded('targets.status_is', { status: d.status }, { field: 'status' })], {
          status: d.status,
        });
      const before = await this.view(d, em);
      // Split again from the company target, not from the sum that edits may have moved.
      d.total = targetTotalOf(d);
      await this.repo.deleteSplit(em, id);
      await this.writeSplit(em, d, dto.locks ?? [], history);
      await this.bump(em, d, { total: d.total });
      const after = await this.view(await this.load(id, em), em);
      await this.audit.record(em, actorOf(user), 'update', 'target_decomposition', id, auditView(before), auditView(after));
      return after;
    });
  }

  /**
   * Publishing never changes the company target silently: when edits moved the stores' sum away from it, 409
   * naming both and the difference unless `onDifference` says how to settle it (recorded in the history).
   */
  async publish(user: RequestUser, id: number, dto: PublishDto): Promise<TargetDecompositionResponse> {
    return this.step(user, id, dto, async (em, d) => {
      if (d.status !== 'draft')
        throw conflict('targets.already', [coded('targets.status_not_draft', { status: d.status }, { field: 'status' })], {
          status: d.status,
        });
      const patch: Partial<TargetDecompositionEntity> = { status: 'published', publishedBy: user.username, publishedAt: clock.now() };
      const target = targetTotalOf(d);
      const difference = d.total - target;
      if (difference !== 0) {
        const params = { oldTotal: target, newTotal: d.total, difference, money: isMoneyMetric(d.metric) ? 1 : 0 };
        if (!dto.onDifference) {
          throw conflict('targets.unbalanced', [coded('targets.total_difference', params, { field: 'onDifference' })]);
        }
        const reason = dto.reason?.trim() ?? '';
        if (dto.onDifference === 'adoptTotal') {
          if (!reason) throw invalidRequest([coded('targets.adopt_reason_required', {}, { field: 'reason' })]);
          patch.targetTotal = d.total;
        } else {
          await this.rebalance(em, d, target, difference);
          patch.total = target;
        }
        await this.repo.insertChanges(em, [
          {
            decompositionId: d.id,
            kind: dto.onDifference === 'adoptTotal' ? 'total_adopted' : 'rebalanced',
            storeId: null,
            month: null,
            before: dto.onDifference === 'adoptTotal' ? target : d.total,
            after: dto.onDifference === 'adoptTotal' ? d.total : target,
            reason,
            changedById: user.id,
            changedBy: user.username,
            changedAt: clock.now(),
          },
        ]);
      }
      checkZeroMonths(await this.repo.findStoreRows(d.id, em), await this.repo.findCells(d.id, em), dto.confirmZeroMonths);
      await this.bump(em, d, patch);
    });
  }

  /**
   * Spreads `difference` back over the unlocked stores in proportion to their current values, and each store's
   * change over its months in proportion to its current months (largest remainder, to the 分): the stores then add
   * up to the company target again and the locked stores keep their values.
   */
  private async rebalance(em: EntityManager, d: TargetDecompositionEntity, target: number, difference: number): Promise<void> {
    const rows = await this.repo.findStoreRows(d.id, em);
    const cells = await this.repo.findCells(d.id, em);
    const unlocked = rows.filter((r) => !r.locked);
    const unlockedSum = unlocked.reduce((sum, r) => sum + r.value, 0);
    const rest = unlockedSum - difference;
    if (!unlocked.length || rest < 0) {
      throw conflict('targets.rebalance_refused', [
        coded('targets.rebalance_impossible', { difference, money: isMoneyMetric(d.metric) ? 1 : 0 }, { field: 'onDifference' }),
      ]);
    }
    const values = largestRemainderSplit(
      rest,
      unlocked.map((r) => r.value),
    );
    for (const [i, row] of unlocked.entries()) {
      if (values[i] === row.value) continue;
      const own = cells.filter((c) => c.storeId === row.storeId).sort((a, b) => a.month - b.month);
      const months = largestRemainderSplit(
        values[i],
        own.map((c) => c.value),
      );
      for (const [k, cell] of own.entries()) if (months[k] !== cell.value) await this.repo.updateCellValue(em, cell.id, months[k]);
      await this.repo.updateStoreValue(em, d.id, row.storeId, values[i]);
    }
    if (values.reduce((a, b) => a + b, 0) + rows.filter((r) => r.locked).reduce((sum, r) => sum + r.value, 0) !== target) {
      throw new Error(`rebalance of decomposition ${d.id} does not reconcile to ${target}`);
    }
  }

  /**
   * The director sends a published split back to the ops manager: draft again, with the comment on the split and
   * in its history.
   */
  async returnToDraft(user: RequestUser, id: number, dto: ReturnDto): Promise<TargetDecompositionResponse> {
    return this.write(async (em) => {
      const d = await this.load(id, em);
      if (dto.version !== undefined && d.version !== dto.version) throw stale(dto.version, d.version);
      if (d.status !== 'published') {
        const status = d.status === 'approved' && !d.current ? 'superseded' : d.status;
        throw conflict('targets.return_refused', [coded('targets.return_not_published', { status }, { field: 'status' })]);
      }
      const now = clock.now();
      await this.bump(em, d, { status: 'draft', returnComment: dto.comment, returnedBy: user.username, returnedAt: now });
      await this.repo.insertChanges(em, [
        {
          decompositionId: id,
          kind: 'returned',
          storeId: null,
          month: null,
          before: null,
          after: null,
          reason: dto.comment,
          changedById: user.id,
          changedBy: user.username,
          changedAt: now,
        },
      ]);
      const after = await this.view(await this.load(id, em), em);
      await this.audit.record(
        em,
        actorOf(user),
        'update',
        'target_decomposition',
        id,
        { status: d.status, version: d.version },
        { status: after.status, version: after.version, returnComment: dto.comment },
      );
      return after;
    });
  }

  /** Approving makes this decomposition the one in force for its year and metric; the previous one is kept, superseded. */
  async approve(user: RequestUser, id: number, dto: WorkflowStepDto): Promise<TargetDecompositionResponse> {
    return this.step(user, id, dto, async (em, d) => {
      if (d.status === 'draft') throw invalidRequest([coded('targets.publish_first', {}, { field: 'status' })]);
      if (d.status === 'approved')
        throw conflict('targets.already', [coded('targets.status_is', { status: 'approved' }, { field: 'status' })], {
          status: 'approved',
        });
      checkZeroMonths(await this.repo.findStoreRows(d.id, em), await this.repo.findCells(d.id, em), dto.confirmZeroMonths);
      for (const previous of await this.repo.supersede(em, d.year, d.metric, d.id)) {
        await this.audit.record(
          em,
          actorOf(user),
          'update',
          'target_decomposition',
          previous.id,
          { current: true },
          { current: false, supersededBy: d.id },
        );
      }
      await this.bump(em, d, { status: 'approved', current: true, approvedBy: user.username, approvedAt: clock.now() });
    });
  }

  updateCells(user: RequestUser, id: number, dto: UpdateCellsDto): Promise<UpdateCellsResponse> {
    return this.write((em) => this.applyCells(em, user, id, dto.cells, dto.reason, dto.version, 'cells'));
  }

  async exportSheet(id: number): Promise<ExportedSheet> {
    const d = await this.load(id);
    const [rows, cells] = [await this.repo.findStoreRows(id), await this.repo.findCells(id)];
    const months = new Map<number, number[]>(rows.map((r) => [r.storeId, Array.from({ length: 12 }, () => 0)]));
    for (const c of cells) (months.get(c.storeId) ?? [])[c.month - 1] = c.value;
    const content = await writeSheet(
      `${d.year} ${d.metric}`,
      rows.map((r) => ({ code: r.store?.code ?? '', name: r.store?.name ?? '', months: months.get(r.storeId) ?? [] })),
      isMoneyMetric(d.metric),
    );
    return { fileName: `targets-${d.year}-${d.metric}-${d.id}.xlsx`, content };
  }

  /** Validates the whole sheet first: on any problem nothing is saved. Then applies it like a cell edit. */
  async importSheet(user: RequestUser, id: number, file: Buffer | undefined, dto: ImportCellsDto): Promise<UpdateCellsResponse> {
    if (!file?.length) throw invalidRequest([coded('targets.file_required', {}, { field: 'file' })]);
    const d = await this.load(id);
    const { rows, errors } = await readSheet(file, isMoneyMetric(d.metric));
    const storeRows = await this.repo.findStoreRows(id);
    const byCode = new Map(storeRows.map((r) => [r.store?.code ?? '', r.storeId]));
    const seen = new Set<string>();
    const cells: TargetCell[] = [];
    for (const row of rows) {
      const storeId = byCode.get(row.code);
      const at = { line: row.line, column: 'A' };
      if (storeId === undefined) errors.push(coded('targets.store_code_not_in_split', { code: quote(row.code).slice(1, -1) }, at));
      else if (seen.has(row.code)) errors.push(coded('targets.store_code_twice', { code: quote(row.code).slice(1, -1) }, at));
      else row.months.forEach((value, i) => cells.push({ storeId, month: i + 1, value }));
      seen.add(row.code);
    }
    if (errors.length) throw new DetailedError(400, 'targets.file_has_errors', errors);
    if (!cells.length) throw invalidRequest([coded('targets.no_store_rows', {}, { field: 'file' })]);
    return this.write((em) => this.applyCells(em, user, id, cells, dto.reason, dto.version ?? d.version, 'file'));
  }

  /**
   * Sets cells; the stores' year values and the total become the new sums. Once published, every changed cell
   * is recorded in target_change with the reason.
   */
  private async applyCells(
    em: EntityManager,
    user: RequestUser,
    id: number,
    input: readonly TargetCell[],
    reason: string,
    version: number,
    source: 'cells' | 'file',
  ): Promise<UpdateCellsResponse> {
    const d = await this.load(id, em);
    if (d.version !== version) throw stale(version, d.version);
    if (d.status === 'approved' && !d.current)
      throw conflict('targets.superseded', [coded('targets.status_is', { status: 'superseded' }, { field: 'status' })]);
    if (d.status !== 'draft' && !reason.trim()) {
      throw invalidRequest([coded('targets.reason_required', { status: d.status }, { field: 'reason' })]);
    }
    const cells = await this.repo.findCells(id, em);
    const byKey = new Map(cells.map((c) => [`${c.storeId}:${c.month}`, c]));
    const details: ErrorDetail[] = [];
    const seen = new Set<string>();
    input.forEach((cell, i) => {
      const key = `${cell.storeId}:${cell.month}`;
      if (!byKey.has(key)) details.push(coded('targets.store_not_in_split', { store: cell.storeId }, { field: `${source}[${i}].storeId` }));
      else if (seen.has(key))
        details.push(coded('targets.cell_twice', { store: cell.storeId, month: cell.month }, { field: `${source}[${i}]` }));
      seen.add(key);
    });
    if (details.length) throw invalidRequest(details);

    const before = await this.view(d, em);
    const changed = input.filter((cell) => byKey.get(`${cell.storeId}:${cell.month}`)?.value !== cell.value);
    const now = clock.now();
    const history = changed.map((cell) => ({
      decompositionId: id,
      kind: 'cell' as const,
      storeId: cell.storeId,
      month: cell.month,
      before: byKey.get(`${cell.storeId}:${cell.month}`)?.value ?? 0,
      after: cell.value,
      reason: reason.trim(),
      changedById: user.id,
      changedBy: user.username,
      changedAt: now,
    }));
    for (const cell of changed) {
      const entity = byKey.get(`${cell.storeId}:${cell.month}`);
      if (!entity) continue;
      await this.repo.updateCellValue(em, entity.id, cell.value);
      entity.value = cell.value;
    }
    const storeSums = new Map<number, number>();
    for (const c of cells) storeSums.set(c.storeId, (storeSums.get(c.storeId) ?? 0) + c.value);
    for (const storeId of new Set(changed.map((c) => c.storeId))) {
      await this.repo.updateStoreValue(em, id, storeId, storeSums.get(storeId) ?? 0);
    }
    const total = [...storeSums.values()].reduce((a, b) => a + b, 0);
    if (!Number.isSafeInteger(total)) throw invalidRequest([coded('targets.total_too_large', {}, { field: source })]);
    const recorded = d.status === 'draft' ? [] : history;
    if (changed.length) {
      await this.bump(em, d, { total });
      await this.repo.insertChanges(em, recorded);
    }
    const after = await this.view(await this.load(id, em), em);
    if (changed.length) {
      await this.audit.record(
        em,
        actorOf(user),
        'update',
        'target_decomposition',
        id,
        {
          total: before.total,
          version: before.version,
          cells: history.map((h) => ({ storeId: h.storeId, month: h.month, value: h.before })),
        },
        {
          total: after.total,
          version: after.version,
          reason: reason.trim() || null,
          cells: history.map((h) => ({ storeId: h.storeId, month: h.month, value: h.after })),
        },
      );
    }
    return { ...after, previousTotal: before.total, changedCells: changed.length, historyRecorded: recorded.length };
  }

  /**
   * One transaction through core's path (on SQLite it takes its turn, so it never nests inside another one and shares
   * its rollback); afterwards every figure derived from targets (rankings, dashboard) is recomputed.
   */
  private write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return runInTransaction(this.db, withDataVersion('targets', work));
  }

  private async step(
    user: RequestUser,
    id: number,
    dto: WorkflowStepDto,
    change: (em: EntityManager, d: TargetDecompositionEntity) => Promise<void>,
  ): Promise<TargetDecompositionResponse> {
    return this.write(async (em) => {
      const d = await this.load(id, em);
      if (d.version !== dto.version) throw stale(dto.version, d.version);
      const before = { status: d.status, current: d.current, version: d.version };
      await change(em, d);
      const after = await this.view(await this.load(id, em), em);
      await this.audit.record(em, actorOf(user), 'update', 'target_decomposition', id, before, {
        status: after.status,
        current: after.current,
        version: after.version,
      });
      return after;
    });
  }

  /** Last year's actuals of the metric (the shares) and the last 12 complete months by the clock (the shapes). */
  async history(year: number, metric: TargetMetric): Promise<PlanHistory> {
    const reader = this.reader();
    const today = chinaDay();
    const thisYear = Number(today.slice(0, 4));
    const years = [thisYear - 3, thisYear - 2, thisYear - 1, thisYear];
    const [lastYear, lastFactDate, ...perYear] = await Promise.all([
      reader.storeYearTotals(year - 1, metric),
      reader.lastFactDate(),
      ...years.map((y) => reader.storeMonthTotals(y, metric)),
    ]);
    const byYear = new Map(years.map((y, i) => [y, perYear[i]]));
    const chainHasFacts = ({ year: y, month }: { year: number; month: number }) =>
      [...(byYear.get(y)?.values() ?? [])].some((months) => (months[month - 1] ?? 0) > 0);
    const window = completeMonths(today, lastFactDate, chainHasFacts);
    return { lastYear, recentMonths: window ? monthsOfWindow(window, byYear) : new Map() };
  }

  private async writeSplit(
    em: EntityManager,
    d: TargetDecompositionEntity,
    locks: readonly StoreLock[],
    history: PlanHistory,
  ): Promise<void> {
    const stores = await this.repo.findAllStores(em);
    const plan = planDecomposition({
      year: d.year,
      total: d.total,
      method: d.method as DecompositionMethod,
      locks,
      stores,
      history,
      money: isMoneyMetric(d.metric),
    });
    await this.repo.insertStoreRows(
      em,
      plan.map((p) => ({ decompositionId: d.id, storeId: p.storeId, value: p.value, locked: p.locked, basis: p.basis })),
    );
    await this.repo.insertCells(
      em,
      plan.flatMap((p) => p.months.map((value, i) => ({ decompositionId: d.id, storeId: p.storeId, month: i + 1, value }))),
    );
  }

  private async bump(em: EntityManager, d: TargetDecompositionEntity, patch: Partial<TargetDecompositionEntity>): Promise<void> {
    if (!(await this.repo.updateIfVersion(em, d.id, d.version, patch))) {
      const now = await this.load(d.id, em);
      throw stale(d.version, now.version);
    }
  }

  private async load(id: number, em?: EntityManager): Promise<TargetDecompositionEntity> {
    const d = await this.repo.findDecompositionById(id, em);
    if (!d) throw codedError(404, 'targets.not_found', { id }, [coded('targets.not_found', { id }, { field: 'id' })]);
    return d;
  }

  private async view(d: TargetDecompositionEntity, em?: EntityManager): Promise<TargetDecompositionResponse> {
    return toDecompositionResponse(
      d,
      await this.repo.findStoreRows(d.id, em),
      await this.repo.findCells(d.id, em),
      await this.repo.findDisplayNames([d.returnedBy], em),
    );
  }
}
