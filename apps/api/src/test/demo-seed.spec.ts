import { MODULE_METADATA } from '@nestjs/common/constants';
import { AuditModule } from '@storeops/api/audit';
import { AuthModule } from '@storeops/api/auth';
import { CalendarModule } from '@storeops/api/calendar';
import { InspectionsModule } from '@storeops/api/inspections';
import { KpiModule } from '@storeops/api/kpi';
import { OrgModule } from '@storeops/api/org';
import { RankingsModule } from '@storeops/api/rankings';
import { SuppliersModule } from '@storeops/api/suppliers';
import { TargetsModule } from '@storeops/api/targets';

/** What a module lists under `key` (providers, exports, imports), by name. */
function listed(module: object, key: 'providers' | 'exports' | 'imports'): string[] {
  const items = (Reflect.getMetadata(MODULE_METADATA[key.toUpperCase() as 'PROVIDERS' | 'EXPORTS' | 'IMPORTS'], module) ?? []) as unknown[];
  return items.map((item) => (typeof item === 'function' ? item.name : String((item as { provide?: unknown })?.provide ?? item)));
}

/** The app module as a fresh process with this environment would load it. */
function appModuleWith(env: Record<string, string | undefined>): object {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
  try {
    let loaded: object = {};
    jest.isolateModules(() => {
      loaded = (require('../app/app.module') as { AppModule: object }).AppModule;
    });
    return loaded;
  } finally {
    process.env = saved;
  }
}

describe('demo data lives in its own module, loaded only when seeding', () => {
  it.each([
    ['OrgModule', OrgModule],
    ['KpiModule', KpiModule],
    ['TargetsModule', TargetsModule],
    ['InspectionsModule', InspectionsModule],
    ['RankingsModule', RankingsModule],
    ['SuppliersModule', SuppliersModule],
    ['CalendarModule', CalendarModule],
    ['AuditModule', AuditModule],
    ['AuthModule', AuthModule],
  ])('%s provides and exports no demo seeder', (_name, module) => {
    const names = [...listed(module, 'providers'), ...listed(module, 'exports')];
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => /demo/i.test(n))).toEqual([]);
  });

  it.each([
    [{ SEED_DEMO: 'false', NODE_ENV: 'test' }, false],
    [{ SEED_DEMO: undefined, NODE_ENV: 'production' }, false],
    [{ SEED_DEMO: 'true', NODE_ENV: 'production' }, true],
    [{ SEED_DEMO: undefined, NODE_ENV: 'development' }, true],
  ])('with %j the app imports DemoSeedModule: %s', (env, expected) => {
    expect(listed(appModuleWith(env), 'imports').includes('DemoSeedModule')).toBe(expected);
  });
});
