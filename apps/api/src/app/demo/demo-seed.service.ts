import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chinaDay, clock, hashPassword, runInTransaction } from '@storeops/api/core';
import { openStaging } from '@storeops/api/kpi';
import { CategoryEntity, RegionEntity, StoreEntity, UserEntity } from '@storeops/api/org';
import { DemoTargetsSeeder } from '@storeops/api/targets';
import { DemoInspectionsSeeder } from '@storeops/api/inspections';
import { DemoRankingsSeeder } from '@storeops/api/rankings';
import { DemoSupplierIssuesSeeder, DemoSuppliersSeeder } from '@storeops/api/suppliers';
import { DemoComplaintsSeeder, DemoMeetingsSeeder, DemoPriceChecksSeeder, DemoViolationsSeeder } from '@storeops/api/ledger';
import { codeKey, ImportKind } from '@storeops/shared/contracts';
import { DEMO_PASSWORD, generateDemoChain, generateDemoFacts } from '@storeops/tools/demo-data';

/** Demo data goes in when SEED_DEMO says so; by default everywhere but production. */
export function shouldSeedDemo(env = process.env): boolean {
  if (env['SEED_DEMO'] === 'false') return false;
  if (env['SEED_DEMO'] === 'true') return true;
  return env['NODE_ENV'] !== 'production';
}

@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly db: DataSource,
    private readonly targets: DemoTargetsSeeder,
    private readonly inspections: DemoInspectionsSeeder,
    private readonly schemes: DemoRankingsSeeder,
    private readonly suppliers: DemoSuppliersSeeder,
    private readonly complaints: DemoComplaintsSeeder,
    private readonly meetings: DemoMeetingsSeeder,
    private readonly violations: DemoViolationsSeeder,
    private readonly priceChecks: DemoPriceChecksSeeder,
    private readonly supplierIssues: DemoSupplierIssuesSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!shouldSeedDemo()) return;
    const seeded = await this.seedIfEmpty();
    if (seeded) this.logger.log(`Demo chain created: ${seeded} stores`);
    const yesterday = chinaDay(new Date(clock.ms() - 86_400_000));
    const facts = await this.seedFactsIfEmpty(yesterday);
    if (facts) this.logger.log(`Demo facts created: ${facts} store-category-days up to ${yesterday}`);
    const decompositions = await this.targets.seed(yesterday);
    if (decompositions) this.logger.log(`Demo targets approved: ${decompositions} decompositions`);
    const inspections = await this.inspections.seed(yesterday);
    if (inspections) this.logger.log(`Demo inspections created: ${inspections} up to ${yesterday}`);
    await this.schemes.seed();
    const contracts = await this.suppliers.seed(yesterday);
    if (contracts) this.logger.log(`Demo suppliers and contracts created: ${contracts} contracts`);
    const complaints = await this.complaints.seed(yesterday);
    if (complaints) this.logger.log(`Demo complaints created: ${complaints} over a year up to ${yesterday}`);
    const meetings = await this.meetings.seed(yesterday);
    if (meetings) this.logger.log(`Demo meetings created: ${meetings} up to ${yesterday}`);
    const violations = await this.violations.seed(yesterday);
    if (violations) this.logger.log(`Demo violations created: ${violations} over a year up to ${yesterday}`);
    const priceChecks = await this.priceChecks.seed(yesterday);
    if (priceChecks) this.logger.log(`Demo price checks created: ${priceChecks} up to ${yesterday}`);
    const supplierIssues = await this.supplierIssues.seed(yesterday);
    if (supplierIssues) this.logger.log(`Demo supplier issues created: ${supplierIssues} up to ${yesterday}`);
  }

  /**
   * Two years of daily facts up to `to` (SEED_DEMO_FACT_DAYS days; the tests use fewer), written through the same
   * staging and apply path as a file import, so rollups are built exactly as for real data.
   */
  async seedFactsIfEmpty(to: string, days = Number(process.env['SEED_DEMO_FACT_DAYS'] ?? 731)): Promise<number> {
    const [{ n }] = await this.db.query('SELECT COUNT(*) AS n FROM "fact_store_day"');
    if (Number(n) > 0 || days <= 0) return 0;
    const ids = async (table: string) =>
      new Map(
        ((await this.db.query(`SELECT "id", "code" FROM "${table}"`)) as Array<{ id: number; code: string }>).map((r) => [
          r.code,
          Number(r.id),
        ]),
      );
    const stores = await ids('store');
    const categories = await ids('category');
    const chain = generateDemoChain(Number(to.slice(0, 4)));
    const categoryStage = await openStaging(this.db, ImportKind.CategoryFacts);
    const storeStage = await openStaging(
      this.db,
      ImportKind.StoreFacts,
      new Set(['date', 'store_code', 'open', 'transactions', 'labour_hours']),
    );
    let line = 0;
    let rows = 0;
    try {
      for (const day of generateDemoFacts(chain, { to, days })) {
        const dayNumber = Number(day.category[0]?.day.replace(/-/g, '') ?? 0);
        await categoryStage.add(
          day.category.map((f) => ({
            line: ++line,
            day: dayNumber,
            storeId: stores.get(f.storeCode) as number,
            categoryId: categories.get(f.categoryCode) as number,
            sales: f.sales,
            cost: f.cost,
            shrink: f.shrink,
          })),
        );
        await storeStage.add(
          day.store.map((f) => ({
            line: ++line,
            day: dayNumber,
            storeId: stores.get(f.storeCode) as number,
            open: 1,
            transactions: f.transactions,
            labourCenti: f.labourCenti,
            sales: null,
            cost: null,
            shrink: null,
          })),
        );
        rows += day.category.length;
      }
      await categoryStage.apply();
      await storeStage.apply();
    } finally {
      await categoryStage.close();
      await storeStage.close();
    }
    return rows;
  }

  /** Fills an empty database with the demo chain; a database that has any region is left alone. Returns the stores added. */
  async seedIfEmpty(referenceYear = Number(chinaDay().slice(0, 4))): Promise<number> {
    if ((await this.db.getRepository(RegionEntity).count()) > 0) return 0;
    const chain = generateDemoChain(referenceYear);
    const hashes = await Promise.all(chain.users.map(() => hashPassword(DEMO_PASSWORD)));
    await runInTransaction(this.db, async (em) => {
      const regions = new Map<string, number>();
      for (const r of chain.regions) regions.set(r.code, (await em.save(em.create(RegionEntity, { ...r, active: true }))).id);
      const categories = new Map<string, number>();
      for (const c of chain.categories) {
        const saved = await em.save(
          em.create(CategoryEntity, {
            code: c.code,
            name: c.name,
            parentId: c.parentCode ? (categories.get(c.parentCode) ?? null) : null,
            active: true,
          }),
        );
        categories.set(c.code, saved.id);
      }
      const stores = new Map<string, number>();
      for (const s of chain.stores) {
        const { regionCode, ...rest } = s;
        stores.set(
          s.code,
          (await em.save(em.create(StoreEntity, { ...rest, codeKey: codeKey(s.code), regionId: regions.get(regionCode) }))).id,
        );
      }
      let i = 0;
      for (const u of chain.users) {
        await em.save(
          em.create(UserEntity, {
            username: u.username,
            displayName: u.displayName,
            role: u.role,
            passwordHash: hashes[i++],
            storeId: u.storeCode ? (stores.get(u.storeCode) ?? null) : null,
            categories: u.categoryCodes.map((code) => ({ id: categories.get(code) }) as CategoryEntity),
            active: true,
          }),
        );
      }
    });
    return chain.stores.length;
  }
}
