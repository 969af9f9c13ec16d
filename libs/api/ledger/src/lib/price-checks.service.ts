import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, LessThanOrEqual, Not } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import {
  withDataVersion,
  chinaDay,
  clock,
  codedError,
  invalidField,
  RequestUser,
  runInTransaction,
  startOfChinaDay,
} from '@storeops/api/core';
import { CorrectiveActionsPort } from '@storeops/api/inspections';
import { StoreDirectory } from '@storeops/api/org';
import {
  coded,
  CorrectiveActionLink,
  CreatePriceCheckResponse,
  DEFAULT_PRICE_CHECK_SETTINGS,
  ErrorDetail,
  needsRecheck,
  PRICE_DEFECT_CODES,
  PRICE_DEFECT_NAMES,
  PRICE_RISK_DAYS,
  PriceChangeImportResponse,
  PriceChangeResponse,
  PriceCheckListItem,
  PriceCheckResponse,
  PriceCheckSettings,
  PriceDefectResponse,
  PriceSampleItem,
  PriceSampleResponse,
  Role,
  chargeDirection,
  isItemCorrect,
  shiftDay,
  tallyPriceCheck,
} from '@storeops/shared/contracts';
import { CreatePriceCheckDto, PriceCheckQueryDto, PriceCheckSettingsDto, PriceSampleDto } from './dto/price-check.dto';
import { PriceChangeEntity, PriceCheckEntity, PriceCheckItemEntity, PriceCheckSettingsEntity } from './entities/price-check.entity';
import { priceChangeRows, readPriceChanges } from './price-change-sheet';

const DAY = 86_400_000;
/** A check recorded a few minutes "in the future" is a phone's clock, not an error. */
const FUTURE_SLACK_MS = 5 * 60_000;

export function settingsOf(row: PriceCheckSettingsEntity | null): PriceCheckSettings {
  if (!row) return { ...DEFAULT_PRICE_CHECK_SETTINGS, version: 0 };
  return { accuracyThreshold: row.thresholdBp / 100, recheckDays: row.recheckDays, actionDays: row.actionDays, version: row.version };
}

/** A day bound of a query (a day: its China start, or the next day's for `to`), or an instant as given. */
export function boundOf(text: string, side: 'from' | 'to'): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const start = startOfChinaDay(text);
    return side === 'from' ? start : new Date(start.getTime() + DAY);
  }
  return new Date(text);
}

/** The store a 店长 may read; another store's record is 403, not hidden. */
export function assertStoreInScope(user: RequestUser, storeId: number, code = 'price_check.not_your_store'): void {
  if (user.role === Role.StoreManager && user.storeId !== storeId) throw codedError(403, code);
}

function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * 进售价检查: record a check and what it finds, open the re-check and the store's corrective action when the result
 * calls for them (below the threshold or any overcharge), close the store's open re-check with the next check; the
 * office's sampling and its price-change file.
 */
@Injectable()
export class PriceChecksService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly stores: StoreDirectory,
    private readonly actions: CorrectiveActionsPort,
  ) {}

  async settings(em?: EntityManager): Promise<PriceCheckSettings> {
    return settingsOf(await (em ?? this.db.manager).findOneBy(PriceCheckSettingsEntity, { id: 1 }));
  }

  async saveSettings(user: RequestUser, dto: PriceCheckSettingsDto): Promise<PriceCheckSettings> {
    await runInTransaction(this.db, async (em) => {
      const row = await em.findOneBy(PriceCheckSettingsEntity, { id: 1 });
      const before = settingsOf(row);
      if (dto.version !== undefined && dto.version !== before.version) {
        throw codedError(409, 'price_check.settings_changed', {}, [coded('price_check.settings_changed', {}, { field: 'version' })]);
      }
      const values = {
        thresholdBp: Math.round(dto.accuracyThreshold * 100),
        recheckDays: dto.recheckDays,
        actionDays: dto.actionDays,
        updatedBy: user.username,
        updatedAt: clock.now(),
      };
      if (row) {
        const done = await em.update(PriceCheckSettingsEntity, { id: 1, version: row.version }, { ...values, version: row.version + 1 });
        if (!done.affected) throw codedError(409, 'price_check.settings_changed');
      } else await em.insert(PriceCheckSettingsEntity, { id: 1, ...values, version: 1 });
      await this.audit.record(em, actorOf(user), row ? 'update' : 'create', 'price_check_settings', 1, before, await this.settings(em));
    });
    return this.settings();
  }

  defects(): PriceDefectResponse[] {
    return PRICE_DEFECT_CODES.map((code) => ({ code, name: PRICE_DEFECT_NAMES[code] }));
  }

  async create(user: RequestUser, dto: CreatePriceCheckDto): Promise<CreatePriceCheckResponse> {
    const now = clock.now();
    const checkedAt = new Date(dto.checkedAt);
    const problems: ErrorDetail[] = [];
    if (checkedAt.getTime() > now.getTime() + FUTURE_SLACK_MS)
      problems.push(coded('price_check.checked_in_future', {}, { field: 'checkedAt' }));
    const store = await this.stores.store(dto.storeId);
    if (!store) problems.push(coded('price_check.store_unknown', { id: dto.storeId }, { field: 'storeId' }));
    const firstRow = new Map<string, number>();
    dto.items.forEach((item, i) => {
      const key = item.sku.toUpperCase();
      const first = firstRow.get(key);
      if (first !== undefined)
        problems.push(coded('price_check.sku_repeated', { value: item.sku, first: first + 1 }, { field: `items.${i}.sku` }));
      else firstRow.set(key, i);
    });
    if (problems.length) throw codedError(400, 'request.invalid', {}, problems);
    const tally = tallyPriceCheck(dto.items);
    const accuracy = tally.accuracy as number; // at least one item: the DTO refuses an empty list
    const result = await runInTransaction(
      this.db,
      withDataVersion(['ledger', 'inspections'], async (em) => {
        const settings = await this.settings(em);
        const recheck = needsRecheck(tally, settings.accuracyThreshold);
        const recheckDueAt = recheck ? new Date(checkedAt.getTime() + settings.recheckDays * DAY) : null;
        // The store's open re-check (the latest checked before this one) is answered by this check.
        const open = await em.find(PriceCheckEntity, {
          where: { storeId: dto.storeId, recheckDueAt: Not(IsNull()), recheckDoneAt: IsNull(), checkedAt: LessThanOrEqual(checkedAt) },
          order: { checkedAt: 'DESC', id: 'DESC' },
        });
        const saved = await em.save(
          em.create(PriceCheckEntity, {
            storeId: dto.storeId,
            checkedAt,
            checkedById: user.id,
            checkedBy: user.username,
            note: dto.note || null,
            checked: tally.checked,
            correct: tally.correct,
            overcharges: tally.overcharges,
            undercharges: tally.undercharges,
            accuracyBp: Math.round(accuracy * 100),
            recheckDueAt,
            recheckDoneAt: null,
            recheckDoneById: null,
            recheckOfId: open[0]?.id ?? null,
            createdAt: now,
          }),
        );
        await em.insert(
          PriceCheckItemEntity,
          dto.items.map((item, position) => ({
            checkId: saved.id,
            position,
            sku: item.sku.toUpperCase(),
            name: item.name,
            shelfPriceFen: item.shelfPriceFen,
            systemPriceFen: item.systemPriceFen,
            tillPriceFen: item.tillPriceFen,
            defectCode: item.defectCode ?? null,
            unitOnTag: item.unitOnTag || null,
            promotionSignOk: item.promotionSignOk ?? null,
            photoId: item.photoId ?? null,
          })),
        );
        if (open.length) {
          await em.update(PriceCheckEntity, { id: In(open.map((c) => c.id)) }, { recheckDoneAt: checkedAt, recheckDoneById: saved.id });
        }
        const correctiveActionIds: number[] = [];
        if (recheck) {
          const wrong = tally.checked - tally.correct;
          const title =
            `进售价检查 ${chinaDay(checkedAt)}：准确率 ${accuracy}%，${wrong} 项不符` +
            (tally.overcharges ? `，其中 ${tally.overcharges} 项多收` : '') +
            '，请整改价签与系统价格';
          correctiveActionIds.push(
            await this.actions.openFinding(
              {
                storeId: dto.storeId,
                title,
                dueAt: new Date(checkedAt.getTime() + settings.actionDays * DAY),
                sourceKind: 'price_check',
                sourceId: saved.id,
                verifierId: user.role === Role.AdminOffice ? user.id : null,
                by: actorOf(user),
              },
              em,
            ),
          );
        }
        await this.audit.record(em, actorOf(user), 'create', 'price_check', saved.id, null, {
          storeId: dto.storeId,
          checkedAt: checkedAt.toISOString(),
          ...tally,
          recheckDueAt: recheckDueAt?.toISOString() ?? null,
          closedRechecks: open.map((c) => c.id),
          correctiveActionIds,
        });
        return { id: saved.id, recheckDueAt, correctiveActionIds };
      }),
    );
    return {
      id: result.id,
      accuracy,
      overcharges: tally.overcharges,
      undercharges: tally.undercharges,
      recheckDueAt: result.recheckDueAt?.toISOString() ?? null,
      correctiveActionIds: result.correctiveActionIds,
    };
  }

  async list(user: RequestUser, query: PriceCheckQueryDto): Promise<PriceCheckListItem[]> {
    if (query.storeId !== undefined) assertStoreInScope(user, query.storeId);
    const qb = this.db.manager
      .createQueryBuilder(PriceCheckEntity, 'c')
      .leftJoinAndSelect('c.store', 'store')
      .orderBy('c.checkedAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(500);
    const storeId = user.role === Role.StoreManager ? (user.storeId ?? -1) : query.storeId;
    if (storeId !== undefined) qb.andWhere('c.storeId = :storeId', { storeId });
    if (query.from) qb.andWhere('c.checkedAt >= :from', { from: boundOf(query.from, 'from') });
    if (query.to) qb.andWhere('c.checkedAt < :to', { to: boundOf(query.to, 'to') });
    return (await qb.getMany()).map(toListItem);
  }

  async get(user: RequestUser, id: number): Promise<PriceCheckResponse> {
    const check = await this.db.manager.findOne(PriceCheckEntity, { where: { id }, relations: { store: true } });
    if (!check) throw codedError(404, 'price_check.not_found', { id });
    assertStoreInScope(user, check.storeId);
    const [items, actions] = await Promise.all([
      this.db.manager.find(PriceCheckItemEntity, { where: { checkId: id }, order: { position: 'ASC' } }),
      this.actions.findingsOf('price_check', [id]),
    ]);
    return {
      ...toListItem(check),
      note: check.note,
      items: items.map((i) => ({
        id: i.id,
        sku: i.sku,
        name: i.name,
        shelfPriceFen: i.shelfPriceFen,
        systemPriceFen: i.systemPriceFen,
        tillPriceFen: i.tillPriceFen,
        defectCode: i.defectCode,
        unitOnTag: i.unitOnTag,
        promotionSignOk: i.promotionSignOk,
        photoId: i.photoId,
        correct: isItemCorrect({ ...i, defectCode: i.defectCode ?? undefined }),
        direction: chargeDirection(i),
      })),
      correctiveActions: actions.map((a): CorrectiveActionLink => ({ id: a.id, title: a.title, status: a.status, dueAt: a.dueAt })),
    };
  }

  // ---- sampling and the price-change file

  /**
   * N items to check in a store. The chain keeps no item master here, so the pool is what is known: the SKUs of the
   * imported price changes that apply to the store and the items checked there before. `risk` puts the items whose
   * price changed in the last 14 days (PRICE_RISK_DAYS) first, in random order, and fills up at random; `random`
   * draws from the whole pool.
   */
  async sample(user: RequestUser, dto: PriceSampleDto, random: () => number = Math.random): Promise<PriceSampleResponse> {
    const store = await this.stores.store(dto.storeId);
    if (!store) throw invalidField('storeId', 'price_check.store_unknown', { id: dto.storeId });
    const today = chinaDay(clock.now());
    const since = shiftDay(today, -PRICE_RISK_DAYS);
    const changes = await this.db.manager.find(PriceChangeEntity, {
      where: [
        { storeKey: 0, effectiveOn: LessThanOrEqual(today) },
        { storeKey: dto.storeId, effectiveOn: LessThanOrEqual(today) },
      ],
      order: { effectiveOn: 'ASC', id: 'ASC' },
    });
    const pool = new Map<string, PriceSampleItem>();
    // Items checked before in the store: their last known name and system price.
    const checked = await this.db.manager
      .createQueryBuilder(PriceCheckItemEntity, 'i')
      .innerJoin('i.check', 'c')
      .select(['i.sku', 'i.name', 'i.systemPriceFen', 'c.checkedAt'])
      .where('c.storeId = :storeId', { storeId: dto.storeId })
      .orderBy('c.checkedAt', 'ASC')
      .limit(5000)
      .getMany();
    for (const i of checked)
      pool.set(i.sku, { sku: i.sku, name: i.name, expectedPriceFen: i.systemPriceFen, recentChange: false, changedOn: null });
    // A store's own change wins over the chain's on the same day; a later day over an earlier one.
    for (const c of changes) {
      const prev = pool.get(c.sku);
      if (prev?.changedOn && (prev.changedOn > c.effectiveOn || (prev.changedOn === c.effectiveOn && c.storeKey === 0))) continue;
      pool.set(c.sku, {
        sku: c.sku,
        name: c.name || prev?.name || c.sku,
        expectedPriceFen: c.newPriceFen,
        recentChange: c.effectiveOn >= since,
        changedOn: c.effectiveOn,
      });
    }
    const all = [...pool.values()];
    const items =
      dto.mode === 'risk'
        ? [
            ...shuffled(
              all.filter((i) => i.recentChange),
              random,
            ),
            ...shuffled(
              all.filter((i) => !i.recentChange),
              random,
            ),
          ]
        : shuffled(all, random);
    void user;
    return { mode: dto.mode, pool: all.length, items: items.slice(0, dto.count) };
  }

  async priceChanges(): Promise<PriceChangeResponse[]> {
    const [rows, stores] = await Promise.all([
      this.db.manager.find(PriceChangeEntity, { order: { effectiveOn: 'DESC', id: 'DESC' }, take: 500 }),
      this.stores.stores(),
    ]);
    const byId = new Map(stores.map((s) => [s.id, s]));
    return rows.map((r) => ({
      id: r.id,
      sku: r.sku,
      name: r.name,
      storeId: r.storeKey || null,
      storeCode: r.storeKey ? (byId.get(r.storeKey)?.code ?? null) : null,
      oldPriceFen: r.oldPriceFen,
      newPriceFen: r.newPriceFen,
      effectiveOn: r.effectiveOn,
    }));
  }

  /** 调价单 import: all rows or none; the same file again changes nothing. */
  async importPriceChanges(user: RequestUser, buffer: Buffer | undefined): Promise<PriceChangeImportResponse> {
    if (!buffer?.length) throw invalidField('file', 'price_change.file_required');
    const rows = await priceChangeRows(buffer);
    if (!rows) throw invalidField('file', 'price_change.file_type', {}, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    const stores = await this.stores.stores();
    const byCode = new Map(stores.map((s) => [s.code.toUpperCase(), s.id]));
    const sheet = readPriceChanges(rows, (code) => byCode.has(code));
    if (sheet.errors.length) throw codedError(400, 'price_change.file_invalid', {}, sheet.errors);
    const counts = await runInTransaction(
      this.db,
      withDataVersion('ledger', async (em) => {
        let inserted = 0;
        let updated = 0;
        let unchanged = 0;
        const existing = await em.find(PriceChangeEntity, { where: { sku: In([...new Set(sheet.rows.map((r) => r.sku))]) } });
        const byKey = new Map(existing.map((e) => [`${e.sku}|${e.storeKey}|${e.effectiveOn}`, e]));
        const fresh: Array<Partial<PriceChangeEntity>> = [];
        for (const r of sheet.rows) {
          const storeKey = r.storeCode === null ? 0 : (byCode.get(r.storeCode) as number);
          const known = byKey.get(`${r.sku}|${storeKey}|${r.effectiveOn}`);
          if (!known) {
            fresh.push({ ...r, storeKey, importedBy: user.username, importedAt: clock.now() });
            inserted++;
          } else if (known.oldPriceFen === r.oldPriceFen && known.newPriceFen === r.newPriceFen && (known.name === r.name || !r.name)) {
            unchanged++;
          } else {
            await em.update(
              PriceChangeEntity,
              { id: known.id },
              { oldPriceFen: r.oldPriceFen, newPriceFen: r.newPriceFen, name: r.name || known.name },
            );
            updated++;
          }
        }
        const toInsert = fresh.map(
          ({ line: _line, storeCode: _code, ...row }: Partial<PriceChangeEntity> & { line?: number; storeCode?: string | null }) => row,
        );
        for (let i = 0; i < toInsert.length; i += 200) await em.insert(PriceChangeEntity, toInsert.slice(i, i + 200));
        const result = { rows: sheet.rows.length, inserted, updated, unchanged };
        if (inserted || updated) await this.audit.record(em, actorOf(user), 'create', 'price_change_import', 0, null, result);
        return result;
      }),
    );
    return counts;
  }
}

function toListItem(c: PriceCheckEntity): PriceCheckListItem {
  return {
    id: c.id,
    storeId: c.storeId,
    storeCode: c.store?.code ?? '',
    storeName: c.store?.name ?? '',
    checkedAt: new Date(c.checkedAt).toISOString(),
    checkedBy: c.checkedBy,
    checked: c.checked,
    correct: c.correct,
    accuracy: c.accuracyBp / 100,
    overcharges: c.overcharges,
    undercharges: c.undercharges,
    recheckDueAt: c.recheckDueAt ? new Date(c.recheckDueAt).toISOString() : null,
    recheckDoneAt: c.recheckDoneAt ? new Date(c.recheckDoneAt).toISOString() : null,
    recheckOfId: c.recheckOfId,
  };
}
