import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword, runInTransaction } from '@storeops/api/core';
import { CategoryEntity, RegionEntity, StoreEntity, UserEntity } from '@storeops/api/org';
import { DEMO_PASSWORD, generateDemoChain } from '@storeops/tools/demo-data';

/** Demo data goes in when SEED_DEMO says so; by default everywhere but production. */
export function shouldSeedDemo(env = process.env): boolean {
  if (env['SEED_DEMO'] === 'false') return false;
  if (env['SEED_DEMO'] === 'true') return true;
  return env['NODE_ENV'] !== 'production';
}

@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(private readonly db: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!shouldSeedDemo()) return;
    const seeded = await this.seedIfEmpty();
    if (seeded) this.logger.log(`Demo chain created: ${seeded} stores`);
  }

  /** Fills an empty database with the demo chain; a database that has any region is left alone. Returns the stores added. */
  async seedIfEmpty(referenceYear = new Date().getFullYear()): Promise<number> {
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
            parentId: c.parentCode ? categories.get(c.parentCode) ?? null : null,
            active: true,
          }),
        );
        categories.set(c.code, saved.id);
      }
      const stores = new Map<string, number>();
      for (const s of chain.stores) {
        const { regionCode, ...rest } = s;
        stores.set(s.code, (await em.save(em.create(StoreEntity, { ...rest, regionId: regions.get(regionCode) }))).id);
      }
      let i = 0;
      for (const u of chain.users) {
        await em.save(
          em.create(UserEntity, {
            username: u.username,
            displayName: u.displayName,
            role: u.role,
            passwordHash: hashes[i++],
            storeId: u.storeCode ? stores.get(u.storeCode) ?? null : null,
            categories: u.categoryCodes.map((code) => ({ id: categories.get(code) }) as CategoryEntity),
            active: true,
          }),
        );
      }
    });
    return chain.stores.length;
  }
}
