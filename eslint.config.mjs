import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/test-output', '**/playwright-report'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      // The boundary matrix (docs/architecture.md): platform, then layer type, then domain scope.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: false,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            // Platforms: api and web never meet; only platform:shared crosses.
            { sourceTag: 'platform:api', onlyDependOnLibsWithTags: ['platform:api', 'platform:shared'] },
            { sourceTag: 'platform:web', onlyDependOnLibsWithTags: ['platform:web', 'platform:shared'] },
            { sourceTag: 'platform:shared', onlyDependOnLibsWithTags: ['platform:shared'] },
            // Layers.
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:data-access', 'type:ui', 'type:util', 'type:contracts'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:contracts'],
            },
            // An API domain (a Nest module with its entities, services and controllers) uses other domains' ports,
            // core and the contracts; never a web layer, and core never uses a domain.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            // Domains: a domain uses itself and shared; cross-domain use is declared here.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:audit', onlyDependOnLibsWithTags: ['scope:audit', 'scope:shared'] },
            { sourceTag: 'scope:calendar', onlyDependOnLibsWithTags: ['scope:calendar', 'scope:audit', 'scope:shared'] },
            { sourceTag: 'scope:org', onlyDependOnLibsWithTags: ['scope:org', 'scope:audit', 'scope:shared'] },
            { sourceTag: 'scope:auth', onlyDependOnLibsWithTags: ['scope:auth', 'scope:org', 'scope:audit', 'scope:shared'] },
            { sourceTag: 'scope:kpi', onlyDependOnLibsWithTags: ['scope:kpi', 'scope:org', 'scope:audit', 'scope:shared'] },
            {
              sourceTag: 'scope:targets',
              onlyDependOnLibsWithTags: ['scope:targets', 'scope:kpi', 'scope:org', 'scope:audit', 'scope:shared'],
            },
            {
              sourceTag: 'scope:inspections',
              onlyDependOnLibsWithTags: ['scope:inspections', 'scope:auth', 'scope:org', 'scope:audit', 'scope:shared'],
            },
            {
              sourceTag: 'scope:rankings',
              onlyDependOnLibsWithTags: [
                'scope:rankings',
                'scope:kpi',
                'scope:targets',
                'scope:inspections',
                'scope:ledger',
                'scope:org',
                'scope:audit',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'scope:suppliers',
              onlyDependOnLibsWithTags: ['scope:suppliers', 'scope:calendar', 'scope:org', 'scope:audit', 'scope:shared'],
            },
            { sourceTag: 'scope:alerts', onlyDependOnLibsWithTags: ['scope:alerts', 'scope:org', 'scope:shared'] },
            {
              sourceTag: 'scope:ledger',
              onlyDependOnLibsWithTags: [
                'scope:ledger',
                'scope:inspections',
                'scope:calendar',
                'scope:suppliers',
                'scope:kpi',
                'scope:org',
                'scope:audit',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'scope:shell',
              onlyDependOnLibsWithTags: [
                'scope:shell',
                'scope:auth',
                'scope:org',
                'scope:kpi',
                'scope:targets',
                'scope:inspections',
                'scope:rankings',
                'scope:suppliers',
                'scope:alerts',
                'scope:ledger',
                'scope:shared',
              ],
            },
            { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    // One transaction path (docs/architecture.md): API writes go through core's runInTransaction, which on SQLite
    // makes overlapping transactions take turns instead of nesting as savepoints of each other. Core owns the path;
    // the import stage (libs/api/kpi/src/lib/import) drives its own better-sqlite3 connections, not TypeORM's.
    files: ['libs/api/**/*.ts', 'apps/api/src/**/*.ts'],
    ignores: ['libs/api/core/src/lib/transactions.ts', 'libs/api/kpi/src/lib/import/**', '**/*.spec.ts', '**/*.int-spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'Use runInTransaction(db, work) from @storeops/api/core: a direct .transaction( bypasses the SQLite queue.',
        },
      ],
    },
  },
  {
    // Raw SQL lives in core and in each domain's repositories (*.repository.ts), where the SQL boundary test
    // (apps/api/src/test/boundaries.spec.ts) sees it; services and readers use them or TypeORM's query builder.
    // Besides: migrations, the import stage's own connections, and the app's demo seeding, which composes every domain.
    files: ['libs/api/**/*.ts', 'apps/api/src/**/*.ts'],
    ignores: [
      'libs/api/core/**',
      '**/*.repository.ts',
      'libs/api/kpi/src/lib/import/**',
      'apps/api/src/database/migrations/**',
      'apps/api/src/app/demo-seed.service.ts',
      'apps/api/src/test/**',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'Use runInTransaction(db, work) from @storeops/api/core: a direct .transaction( bypasses the SQLite queue.',
        },
        {
          selector:
            "CallExpression[callee.property.name='query'][callee.object.property.name=/^(db|dataSource|manager|em|runner|queryRunner)$/]",
          message: "Raw SQL belongs in the domain's repository (*.repository.ts) or core; use the repository or the query builder.",
        },
        {
          selector: "CallExpression[callee.property.name='query'][callee.object.name=/^(db|dataSource|manager|em|runner|queryRunner)$/]",
          message: "Raw SQL belongs in the domain's repository (*.repository.ts) or core; use the repository or the query builder.",
        },
      ],
    },
  },
  {
    // Pages go through their domain's signal store (docs/architecture.md, "Web data access"): no HTTP client and no
    // *Api client in a web feature lib. The store (in the domain's data-access lib) makes the call and keeps its
    // RequestState. Specs may still stub a client.
    files: ['libs/web/*/feature/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@angular/common/http',
              importNames: ['HttpClient'],
              message: "A page does not call HTTP: put the call in the domain's data-access store.",
            },
          ],
          patterns: [
            {
              group: ['@storeops/web/*/data-access'],
              importNamePattern: 'Api$',
              message: "A page does not use an API client: call the domain's data-access store, which runs it through RequestState.",
            },
          ],
        },
      ],
    },
  },
];
