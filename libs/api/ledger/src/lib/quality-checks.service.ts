import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import { withDataVersion, clock, codedError, RequestUser, runInTransaction } from '@storeops/api/core';
import { CorrectiveActionsPort } from '@storeops/api/inspections';
import { StoreDirectory } from '@storeops/api/org';
import { SupplierDirectory, SupplierIssuesPort } from '@storeops/api/suppliers';
import {
  coded,
  CreateQualityCheckResponse,
  ErrorDetail,
  isOutOfLimits,
  isQualityFinding,
  QUALITY_ACTION_NAMES,
  QUALITY_FINDING_NAMES,
  QualityCheckListItem,
  QualityCheckResponse,
  QualityFindingInput,
  Role,
} from '@storeops/shared/contracts';
import { CreateQualityCheckDto, QualityCheckQueryDto } from './dto/price-check.dto';
import { QualityCheckEntity, QualityFindingEntity } from './entities/price-check.entity';
import { assertStoreInScope, boundOf, PriceChecksService } from './price-checks.service';

const DAY = 86_400_000;
const FUTURE_SLACK_MS = 5 * 60_000;
const tenths = (c: number | undefined) => (c === undefined || c === null ? null : Math.round(c * 10));
const celsius = (t: number | null) => (t === null ? null : t / 10);

/** What the store must fix, in one line: 过期：鲜牛奶 批次 B2611（下架 12） / 冷链温度：酸奶 8.5°C（限 0–4°C）. */
export function findingTitle(f: QualityFindingInput): string {
  const batch = f.batch ? ` 批次 ${f.batch}` : '';
  const reading =
    f.kind === 'cold_chain' && f.temperatureC !== undefined
      ? ` ${f.temperatureC}°C（限 ${f.limitMinC ?? '—'}–${f.limitMaxC ?? '—'}°C）`
      : '';
  return `商品质量检查 ${QUALITY_FINDING_NAMES[f.kind]}：${f.product}${batch}${reading}，${QUALITY_ACTION_NAMES[f.action]} ${f.quantity}`;
}

/**
 * 商品质量检查: expired and near-expiry goods, damaged packaging, a missing Chinese label, cold-chain readings with
 * their limits. Each finding the store must fix opens its corrective action; a finding naming a supplier raises a
 * supplier issue through the suppliers domain's port (kind quality, source this check).
 */
@Injectable()
export class QualityChecksService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly stores: StoreDirectory,
    private readonly suppliers: SupplierDirectory,
    private readonly supplierIssues: SupplierIssuesPort,
    private readonly actions: CorrectiveActionsPort,
    private readonly prices: PriceChecksService,
  ) {}

  async create(user: RequestUser, dto: CreateQualityCheckDto): Promise<CreateQualityCheckResponse> {
    const now = clock.now();
    const checkedAt = new Date(dto.checkedAt);
    const problems: ErrorDetail[] = [];
    if (checkedAt.getTime() > now.getTime() + FUTURE_SLACK_MS)
      problems.push(coded('price_check.checked_in_future', {}, { field: 'checkedAt' }));
    const store = await this.stores.store(dto.storeId);
    if (!store) problems.push(coded('price_check.store_unknown', { id: dto.storeId }, { field: 'storeId' }));
    const supplierIds = dto.findings.flatMap((f) => (f.supplierId === undefined ? [] : [f.supplierId]));
    const suppliers = await this.suppliers.names(supplierIds);
    dto.findings.forEach((f, i) => {
      const at = (field: string) => ({ field: `findings.${i}.${field}` });
      if (f.kind === 'cold_chain' && f.temperatureC === undefined)
        problems.push(coded('quality_check.reading_required', {}, at('temperatureC')));
      if (f.temperatureC !== undefined && f.limitMinC === undefined && f.limitMaxC === undefined)
        problems.push(coded('quality_check.limits_required', {}, at('limitMaxC')));
      if (f.limitMinC !== undefined && f.limitMaxC !== undefined && f.limitMinC > f.limitMaxC)
        problems.push(coded('quality_check.limits_reversed', {}, at('limitMinC')));
      if (f.supplierId !== undefined && !suppliers.has(f.supplierId))
        problems.push(coded('quality_check.supplier_unknown', { id: f.supplierId }, at('supplierId')));
    });
    if (problems.length) throw codedError(400, 'request.invalid', {}, problems);
    const result = await runInTransaction(
      this.db,
      withDataVersion(['ledger', 'inspections'], async (em) => {
        const settings = await this.prices.settings(em);
        const saved = await em.save(
          em.create(QualityCheckEntity, {
            storeId: dto.storeId,
            checkedAt,
            checkedById: user.id,
            checkedBy: user.username,
            note: dto.note || null,
            createdAt: now,
          }),
        );
        const correctiveActionIds: number[] = [];
        const supplierIssueIds: number[] = [];
        for (const [position, f] of dto.findings.entries()) {
          let correctiveActionId: number | null = null;
          let supplierIssueId: number | null = null;
          if (isQualityFinding(f)) {
            correctiveActionId = await this.actions.openFinding(
              {
                storeId: dto.storeId,
                title: findingTitle(f),
                dueAt: new Date(checkedAt.getTime() + settings.actionDays * DAY),
                sourceKind: 'quality_check',
                sourceId: saved.id,
                verifierId: user.role === Role.AdminOffice ? user.id : null,
                by: actorOf(user),
              },
              em,
            );
            correctiveActionIds.push(correctiveActionId);
            if (f.supplierId !== undefined) {
              const issue = await this.supplierIssues.raise(
                {
                  supplierId: f.supplierId,
                  storeId: dto.storeId,
                  kind: 'quality',
                  description: findingTitle(f),
                  source: { kind: 'quality_check', id: saved.id },
                  raisedBy: { id: user.id, username: user.username, role: user.role },
                },
                em,
              );
              supplierIssueId = issue.id;
              supplierIssueIds.push(issue.id);
            }
          }
          await em.insert(QualityFindingEntity, {
            checkId: saved.id,
            position,
            kind: f.kind,
            product: f.product,
            batch: f.batch || null,
            quantity: f.quantity,
            action: f.action,
            temperatureTenths: tenths(f.temperatureC),
            limitMinTenths: tenths(f.limitMinC),
            limitMaxTenths: tenths(f.limitMaxC),
            supplierId: f.supplierId ?? null,
            supplierIssueId,
            correctiveActionId,
            note: f.note || null,
          });
        }
        await this.audit.record(em, actorOf(user), 'create', 'quality_check', saved.id, null, {
          storeId: dto.storeId,
          checkedAt: checkedAt.toISOString(),
          findings: dto.findings.length,
          correctiveActionIds,
          supplierIssueIds,
        });
        return { id: saved.id, correctiveActionIds, supplierIssueIds };
      }),
    );
    return {
      id: result.id,
      findings: dto.findings.length,
      correctiveActionIds: result.correctiveActionIds,
      supplierIssueIds: result.supplierIssueIds,
    };
  }

  async list(user: RequestUser, query: QualityCheckQueryDto): Promise<QualityCheckListItem[]> {
    if (query.storeId !== undefined) assertStoreInScope(user, query.storeId);
    const qb = this.db.manager
      .createQueryBuilder(QualityCheckEntity, 'c')
      .leftJoinAndSelect('c.store', 'store')
      .leftJoinAndSelect('c.findings', 'f')
      .orderBy('c.checkedAt', 'DESC')
      .addOrderBy('c.id', 'DESC');
    const storeId = user.role === Role.StoreManager ? (user.storeId ?? -1) : query.storeId;
    if (storeId !== undefined) qb.andWhere('c.storeId = :storeId', { storeId });
    if (query.from) qb.andWhere('c.checkedAt >= :from', { from: boundOf(query.from, 'from') });
    if (query.to) qb.andWhere('c.checkedAt < :to', { to: boundOf(query.to, 'to') });
    const rows = (await qb.getMany()).slice(0, 500);
    return rows.map((c) => ({
      id: c.id,
      storeId: c.storeId,
      storeCode: c.store?.code ?? '',
      storeName: c.store?.name ?? '',
      checkedAt: new Date(c.checkedAt).toISOString(),
      checkedBy: c.checkedBy,
      findings: c.findings?.length ?? 0,
      openedActions: (c.findings ?? []).filter((f) => f.correctiveActionId !== null).length,
    }));
  }

  async get(user: RequestUser, id: number): Promise<QualityCheckResponse> {
    const check = await this.db.manager.findOne(QualityCheckEntity, { where: { id }, relations: { store: true } });
    if (!check) throw codedError(404, 'quality_check.not_found', { id });
    assertStoreInScope(user, check.storeId);
    const findings = await this.db.manager.find(QualityFindingEntity, { where: { checkId: id }, order: { position: 'ASC' } });
    const [actions, suppliers] = await Promise.all([
      this.actions.findingsOf('quality_check', [id]),
      this.suppliers.names(findings.flatMap((f) => (f.supplierId === null ? [] : [f.supplierId]))),
    ]);
    return {
      id: check.id,
      storeId: check.storeId,
      storeCode: check.store?.code ?? '',
      storeName: check.store?.name ?? '',
      checkedAt: new Date(check.checkedAt).toISOString(),
      checkedBy: check.checkedBy,
      openedActions: findings.filter((f) => f.correctiveActionId !== null).length,
      note: check.note,
      findings: findings.map((f) => {
        const reading = {
          temperatureC: celsius(f.temperatureTenths),
          limitMinC: celsius(f.limitMinTenths),
          limitMaxC: celsius(f.limitMaxTenths),
        };
        const input = {
          kind: f.kind,
          temperatureC: reading.temperatureC ?? undefined,
          limitMinC: reading.limitMinC ?? undefined,
          limitMaxC: reading.limitMaxC ?? undefined,
        };
        return {
          id: f.id,
          kind: f.kind,
          product: f.product,
          batch: f.batch,
          quantity: f.quantity,
          action: f.action,
          ...reading,
          outOfLimits: isOutOfLimits(input),
          finding: isQualityFinding(input),
          supplierId: f.supplierId,
          supplierName: f.supplierId === null ? null : (suppliers.get(f.supplierId)?.name ?? null),
          supplierIssueId: f.supplierIssueId,
          correctiveActionId: f.correctiveActionId,
          note: f.note,
        };
      }),
      correctiveActions: actions.map((a) => ({ id: a.id, title: a.title, status: a.status, dueAt: a.dueAt })),
    };
  }
}
