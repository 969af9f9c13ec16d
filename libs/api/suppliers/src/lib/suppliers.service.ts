import { Injectable } from '@nestjs/common';
import { Between, DataSource } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import {
  chinaDay,
  clock,
  codedError,
  invalidField,
  pageWindow,
  RequestUser,
  runInTransaction,
  staleVersion,
  startOfChinaDay,
  toPage,
} from '@storeops/api/core';
import {
  clauseComplianceRate,
  ClauseResult,
  competitionRank,
  creditCodeIssue,
  Page,
  SUPPLIER_STATUS_NEXT,
  SupplierResponse,
  SupplierScorecardRow,
  supplierIssueMonth,
  supplierScore,
} from '@storeops/shared/contracts';
import { CreateSupplierDto, SupplierQueryDto, UpdateSupplierDto } from './dto/supplier.dto';
import { SupplierEntity, SupplierIssueEntity } from './entities';
import { toSupplierResponse } from './mappers';
import { SuppliersRepository } from './suppliers.repository';

/** YYYY-MM of `months` months before the one of `today` (0: this month). */
export function monthBefore(today: string, months: number): string {
  const [y, m] = today.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first day of the month after `period` (YYYY-MM-01). */
function nextMonthFirst(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function lastDayOf(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

@Injectable()
export class SuppliersService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: SuppliersRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: SupplierQueryDto): Promise<Page<SupplierResponse>> {
    const window = pageWindow(query);
    const today = chinaDay();
    const ids = query.flagged
      ? [...(await this.repo.supplierFlags(today)).entries()].filter(([, f]) => f.expired > 0 && f.live > 0).map(([id]) => id)
      : undefined;
    const [rows, total] = await this.repo.findSuppliersPage(
      { q: query.q, status: query.status, categoryId: query.categoryId, ids },
      window,
    );
    const [names, flags] = await Promise.all([
      this.repo.findDisplayNames(rows.map((r) => r.statusChangedBy)),
      this.repo.supplierFlags(
        today,
        rows.map((r) => r.id),
      ),
    ]);
    return toPage(rows, total, window, (s) => toSupplierResponse(s, names, flags));
  }

  async get(id: number): Promise<SupplierResponse> {
    const supplier = await this.repo.findSupplier(id);
    if (!supplier) throw codedError(404, 'supplier.not_found', { id });
    const [names, flags] = await Promise.all([
      this.repo.findDisplayNames([supplier.statusChangedBy]),
      this.repo.supplierFlags(chinaDay(), [id]),
    ]);
    return toSupplierResponse(supplier, names, flags);
  }

  create(user: RequestUser, dto: CreateSupplierDto): Promise<SupplierResponse> {
    return runInTransaction(this.db, async (em) => {
      checkCreditCode(dto.creditCode);
      await this.checkCategories(dto.categoryIds);
      if (await em.existsBy(SupplierEntity, { code: dto.code })) throw invalidField('code', 'supplier.code_taken', { code: dto.code }, 409);
      if (await em.existsBy(SupplierEntity, { creditCode: dto.creditCode }))
        throw invalidField('creditCode', 'supplier.credit_code_taken', { creditCode: dto.creditCode }, 409);
      const saved = await em.save(
        em.create(SupplierEntity, {
          code: dto.code,
          name: dto.name,
          creditCode: dto.creditCode,
          categoryIds: [...new Set(dto.categoryIds)].sort((a, b) => a - b),
          contacts: dto.contacts ?? [],
          status: 'onboarding',
          statusReason: null,
          statusChangedBy: user.username,
          statusChangedAt: clock.now(),
        }),
      );
      const response = toSupplierResponse(saved, await this.repo.findDisplayNames([saved.statusChangedBy], em));
      await this.audit.record(em, actorOf(user), 'create', 'supplier', saved.id, null, response);
      return response;
    });
  }

  update(user: RequestUser, id: number, dto: UpdateSupplierDto): Promise<SupplierResponse> {
    return runInTransaction(this.db, async (em) => {
      const supplier = await this.repo.findSupplier(id, em);
      if (!supplier) throw codedError(404, 'supplier.not_found', { id });
      if (dto.version !== supplier.version) throw staleVersion(dto.version, supplier.version);
      const before = toSupplierResponse(supplier, await this.repo.findDisplayNames([supplier.statusChangedBy, user.username], em));
      if (dto.creditCode !== undefined && dto.creditCode !== supplier.creditCode) {
        checkCreditCode(dto.creditCode);
        if (await em.existsBy(SupplierEntity, { creditCode: dto.creditCode }))
          throw invalidField('creditCode', 'supplier.credit_code_taken', { creditCode: dto.creditCode }, 409);
        supplier.creditCode = dto.creditCode;
      }
      if (dto.categoryIds) {
        await this.checkCategories(dto.categoryIds);
        supplier.categoryIds = [...new Set(dto.categoryIds)].sort((a, b) => a - b);
      }
      if (dto.name !== undefined) supplier.name = dto.name;
      if (dto.contacts !== undefined) supplier.contacts = dto.contacts;
      if (dto.status !== undefined && dto.status !== supplier.status) {
        if (!SUPPLIER_STATUS_NEXT[supplier.status].includes(dto.status)) {
          const next = SUPPLIER_STATUS_NEXT[supplier.status].join(', ');
          throw invalidField('status', 'supplier.status_not_allowed', { from: supplier.status, to: dto.status, next }, 409);
        }
        if (dto.status === 'eliminated' && !dto.statusReason) throw invalidField('statusReason', 'supplier.reason_required');
        supplier.status = dto.status;
        supplier.statusReason = dto.statusReason ?? null;
        supplier.statusChangedBy = user.username;
        supplier.statusChangedAt = clock.now();
      }
      const saved = await em.save(supplier);
      const after = toSupplierResponse(saved, await this.repo.findDisplayNames([saved.statusChangedBy], em));
      await this.audit.record(em, actorOf(user), 'update', 'supplier', id, before, after);
      return after;
    });
  }

  /**
   * Every supplier's scorecard of `period`, ranked 1, 2, 2, 4 by score (ties by code; no checks: unranked). Without a
   * period, the last month that has clause checks (never a month nobody has checked yet), else last month.
   */
  async ranking(period?: string): Promise<SupplierScorecardRow[]> {
    const lastMonth = monthBefore(chinaDay(), 1);
    const chosen = period ?? (await this.repo.lastCheckedPeriod(lastMonth)) ?? lastMonth;
    return (await this.scorecards([chosen])).get(chosen) ?? [];
  }

  /** The supplier's last `months` monthly scorecards, newest first, each with its rank among all suppliers. */
  async history(id: number, months = 12): Promise<SupplierScorecardRow[]> {
    if (!(await this.repo.findSupplier(id))) throw codedError(404, 'supplier.not_found', { id });
    const today = chinaDay();
    const periods = Array.from({ length: months }, (_, i) => monthBefore(today, i));
    const cards = await this.scorecards(periods);
    return periods.map((p) => cards.get(p)?.find((r) => r.supplierId === id)).filter((r): r is SupplierScorecardRow => !!r);
  }

  private async scorecards(periods: string[]): Promise<Map<string, SupplierScorecardRow[]>> {
    const sorted = [...periods].sort();
    const [suppliers, results, licences, contracts, issues] = await Promise.all([
      this.repo.findAllSuppliers(),
      this.repo.clauseResultsBetween(sorted[0], sorted[sorted.length - 1]),
      this.repo.findSupplierLicences(),
      this.repo.findContractsEverInForce(),
      this.db.getRepository(SupplierIssueEntity).find({
        where: { raisedAt: Between(startOfChinaDay(`${sorted[0]}-01`), startOfChinaDay(nextMonthFirst(sorted[sorted.length - 1]))) },
        select: { id: true, supplierId: true, raisedAt: true, firstResponseDueAt: true, firstRespondedAt: true },
      }),
    ]);
    const now = clock.now();
    const out = new Map<string, SupplierScorecardRow[]>();
    for (const period of periods) {
      const first = `${period}-01`;
      const last = lastDayOf(period);
      const rows = suppliers.map((s) => {
        const own = results.filter((r) => r.supplierId === s.id && r.period === period).map((r) => r.result as ClauseResult);
        const theirLicences = licences.filter((l) => l.supplierId === s.id && l.validFrom <= last);
        const valid = theirLicences.filter((l) => l.validTo >= last).length;
        const rate = clauseComplianceRate(own);
        const inForce = contracts.filter((c) => c.supplierId === s.id && c.startDate <= last && c.endDate >= first).length;
        const theirIssues = issues
          .filter((i) => i.supplierId === s.id && chinaDay(new Date(i.raisedAt)).slice(0, 7) === period)
          .map((i) => ({
            raisedAt: new Date(i.raisedAt),
            responseDueAt: new Date(i.firstResponseDueAt),
            respondedAt: i.firstRespondedAt ? new Date(i.firstRespondedAt) : null,
          }));
        // A month with no contract in force, no clause check and no issue is not scored (null, not 0 and not 100).
        const month = supplierIssueMonth(inForce > 0 || own.length > 0, theirIssues, now);
        return {
          code: s.code,
          score: supplierScore(rate, theirLicences.length, valid, month.respondedLate ?? 0),
          row: {
            supplierId: s.id,
            supplierCode: s.code,
            supplierName: s.name,
            period,
            checks: own.length,
            complianceRate: rate,
            breaches: own.filter((r) => r === 'breached').length,
            licencesValid: valid,
            licencesTotal: theirLicences.length,
            contractsInForce: inForce,
            issuesRaised: month.issuesRaised,
            issuesRespondedOnTime: month.respondedOnTime,
            issuesRespondedLate: month.respondedLate,
            issueResponseOnTimeRate: month.responseOnTimeRate,
          },
        };
      });
      out.set(
        period,
        competitionRank(rows).map((r) => ({ ...r.item.row, score: r.item.score, rank: r.rank })),
      );
    }
    return out;
  }

  private async checkCategories(ids: number[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (!unique.length) return;
    const missing = await this.repo.findMissingCategories(unique);
    if (missing.length) throw invalidField('categoryIds', 'categories.missing', { ids: missing.join(', ') });
  }
}

function checkCreditCode(code: string): void {
  const issue = creditCodeIssue(code);
  if (issue) throw invalidField('creditCode', issue.code, issue.params);
}
