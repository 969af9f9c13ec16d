import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import { request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { Role } from '@storeops/shared/contracts';
import { DEMO_PASSWORD } from '@storeops/tools/demo-data';
import { discoverRoutes, DiscoveredRoute, DtoClass } from './routes';
import { ApiClient, DEMO_USERNAMES, idOf, startTestApp, TestApp } from './test-app';

/**
 * The hostile-input suite (issue 11): every write route, discovered from Nest's metadata like the access matrix,
 * gets property-based bodies — a valid sample with one to three fields replaced by wrong types, null, huge and deep
 * values, bad dates, control characters, lone surrogates, or with prototype and unknown keys added — and malformed
 * transports (too large, gzip bombs, wrong content types, charsets and encodings, broken JSON). Every answer must be
 * 2xx, or 4xx in the error shape (400 naming a field or line), never a 5xx; a refused request must change nothing:
 * the audit log and every table keep their row counts, the record it named keeps its content. Paged lists and
 * date/period parameters get their edges. Seeds are fixed, so a failure replays.
 */

interface Ctx {
  ids: Record<string, number>;
  versions: (table: string, id: number) => Promise<number>;
  results: Array<{ itemId: number; result: string; points?: number }>;
  n: () => number;
}

interface Sample {
  as: Role | 'anonymous';
  /** Concrete path (the route's :params filled in). */
  path: (ctx: Ctx) => string;
  /** A body the route would take (or nearly: business rules may still refuse it with a 4xx). */
  body: (ctx: Ctx) => Promise<Record<string, unknown>> | Record<string, unknown>;
  headers?: () => Record<string, string>;
  /** Table and id of the record the route changes, to prove a refused request leaves it as it was. */
  record?: (ctx: Ctx) => { table: string; id: number };
  /** The route reads no body (a DELETE): hostile bodies must still get no 5xx and write nothing when refused. */
  bodyless?: true;
}

const { Admin, Director, OpsManager, Specialist, AdminOffice, Buyer, StoreManager } = Role;

/** Every JSON write route needs a sample here: a new route without one fails the first test. */
const SAMPLES: Record<string, Sample> = {
  'POST /api/auth/login': {
    as: 'anonymous',
    path: () => '/api/auth/login',
    body: () => ({ username: 'fuzz-nobody', password: 'not-the-password' }),
  },
  'POST /api/auth/logout': { as: 'anonymous', path: () => '/api/auth/logout', body: () => ({}) },
  'POST /api/regions': { as: Admin, path: () => '/api/regions', body: (c) => ({ code: `FZ${c.n()}`, name: '模糊区域' }) },
  'PATCH /api/regions/:id': {
    as: Admin,
    path: (c) => `/api/regions/${c.ids['region']}`,
    body: async (c) => ({ name: '模糊区域改', version: await c.versions('region', c.ids['region']) }),
    record: (c) => ({ table: 'region', id: c.ids['region'] }),
  },
  'POST /api/categories': {
    as: Admin,
    path: () => '/api/categories',
    body: (c) => ({ code: `FZ${c.n()}`, name: '模糊品类', parentId: null }),
  },
  'PATCH /api/categories/:id': {
    as: Admin,
    path: (c) => `/api/categories/${c.ids['category']}`,
    body: async (c) => ({ name: '模糊品类改', version: await c.versions('category', c.ids['category']) }),
    record: (c) => ({ table: 'category', id: c.ids['category'] }),
  },
  'POST /api/stores': {
    as: Admin,
    path: () => '/api/stores',
    body: (c) => ({
      code: `FZ${String(100 + (c.n() % 9000))}`,
      name: '模糊门店',
      regionId: c.ids['region'],
      format: 'supermarket',
      salesAreaSqm: 800,
      openDate: '2026-01-05',
    }),
  },
  'PATCH /api/stores/:id': {
    as: Admin,
    path: (c) => `/api/stores/${c.ids['store']}`,
    body: async (c) => ({ name: '模糊门店改', openDate: null, salesAreaSqm: 900, version: await c.versions('store', c.ids['store']) }),
    record: (c) => ({ table: 'store', id: c.ids['store'] }),
  },
  'POST /api/users': {
    as: Admin,
    path: () => '/api/users',
    body: (c) => ({
      username: `fuzz-${c.n()}`,
      displayName: '模糊用户',
      role: 'buyer',
      password: 'long-enough-pass-9',
      storeId: null,
      categoryIds: [],
    }),
  },
  'PATCH /api/users/:id': {
    as: Admin,
    path: (c) => `/api/users/${c.ids['user']}`,
    body: async (c) => ({ displayName: '模糊用户改', version: await c.versions('app_user', c.ids['user']) }),
    record: (c) => ({ table: 'app_user', id: c.ids['user'] }),
  },
  'POST /api/target-decompositions': {
    as: OpsManager,
    path: () => '/api/target-decompositions',
    body: (c) => ({ year: 2031 + (c.n() % 60), metric: 'sales', total: 480_000, method: 'equal' }),
  },
  'PATCH /api/target-decompositions/:id/cells': {
    as: OpsManager,
    path: (c) => `/api/target-decompositions/${c.ids['decomposition']}/cells`,
    body: async (c) => ({
      cells: [{ storeId: c.ids['bj001'], month: 3, value: 12_345 }],
      reason: '调整\n第二行',
      version: await c.versions('target_decomposition', c.ids['decomposition']),
    }),
    record: (c) => ({ table: 'target_decomposition', id: c.ids['decomposition'] }),
  },
  'POST /api/target-decompositions/:id/resplit': {
    as: OpsManager,
    path: (c) => `/api/target-decompositions/${c.ids['decomposition']}/resplit`,
    body: async (c) => ({
      locks: [{ storeId: c.ids['bj001'], value: 1000 }],
      version: await c.versions('target_decomposition', c.ids['decomposition']),
    }),
    record: (c) => ({ table: 'target_decomposition', id: c.ids['decomposition'] }),
  },
  'POST /api/target-decompositions/:id/publish': {
    as: OpsManager,
    path: (c) => `/api/target-decompositions/${c.ids['decomposition']}/publish`,
    body: async (c) => ({ version: (await c.versions('target_decomposition', c.ids['decomposition'])) + 1000 }),
    record: (c) => ({ table: 'target_decomposition', id: c.ids['decomposition'] }),
  },
  'POST /api/target-decompositions/:id/return': {
    as: Director,
    path: (c) => `/api/target-decompositions/${c.ids['decomposition']}/return`,
    body: async (c) => ({ comment: '退回\n第二行', version: (await c.versions('target_decomposition', c.ids['decomposition'])) + 1000 }),
    record: (c) => ({ table: 'target_decomposition', id: c.ids['decomposition'] }),
  },
  'POST /api/target-decompositions/:id/approve': {
    as: Director,
    path: (c) => `/api/target-decompositions/${c.ids['decomposition']}/approve`,
    body: async (c) => ({ version: await c.versions('target_decomposition', c.ids['decomposition']) }),
    record: (c) => ({ table: 'target_decomposition', id: c.ids['decomposition'] }),
  },
  'POST /api/inspection-templates': {
    as: OpsManager,
    path: () => '/api/inspection-templates',
    body: (c) => ({
      code: `FZ-${c.n()}`,
      name: '模糊检查表',
      categoryId: null,
      criticalCap: 59,
      starThresholds: [95, 90, 80, 70],
      sections: [
        {
          title: '门面',
          items: [{ title: '招牌完好', kind: 'pass_fail', maxPoints: 5, allowNa: false, critical: false, photoOnFail: false, dueDays: 3 }],
        },
      ],
    }),
  },
  'PUT /api/inspection-templates/:id': {
    as: OpsManager,
    path: (c) => `/api/inspection-templates/${c.ids['template']}`,
    body: () => ({
      name: '模糊检查表改',
      categoryId: null,
      sections: [
        {
          title: '门面',
          items: [{ title: '招牌完好', kind: 'scale', maxPoints: 10, allowNa: true, critical: false, photoOnFail: false, dueDays: 5 }],
        },
      ],
    }),
    record: (c) => ({ table: 'inspection_template', id: c.ids['template'] }),
  },
  'POST /api/inspections': {
    as: Specialist,
    path: () => '/api/inspections',
    headers: () => ({ 'Idempotency-Key': randomUUID() }),
    body: (c) => ({
      storeId: c.ids['bj001'],
      categoryId: null,
      templateId: c.ids['standard'],
      results: c.results,
      notes: '巡店\n备注',
      dutyPersonName: '张三',
      inspectedAt: new Date(Date.parse('2026-11-18T10:00:00+08:00') - 3_600_000).toISOString(),
    }),
  },
  'POST /api/corrective-actions/:id/close': {
    as: StoreManager,
    path: (c) => `/api/corrective-actions/${c.ids['action']}/close`,
    body: () => ({ note: '已整改', photoId: 999_999 }),
    record: (c) => ({ table: 'corrective_action', id: c.ids['action'] }),
  },
  'POST /api/corrective-actions/:id/verify': {
    as: OpsManager,
    path: (c) => `/api/corrective-actions/${c.ids['action']}/verify`,
    body: () => ({ accepted: false, reason: '照片不清楚' }),
    record: (c) => ({ table: 'corrective_action', id: c.ids['action'] }),
  },
  'POST /api/inspection-plans': {
    as: OpsManager,
    path: () => '/api/inspection-plans',
    body: (c) => ({ specialistId: c.ids['specialist'], categoryId: null, frequency: 'monthly', storeIds: [c.ids['bj001']] }),
  },
  'PATCH /api/inspection-plans/:id': {
    as: OpsManager,
    path: (c) => `/api/inspection-plans/${c.ids['plan']}`,
    body: async (c) => ({ version: await c.versions('inspection_plan', c.ids['plan']), frequency: 'monthly' }),
    record: (c) => ({ table: 'inspection_plan', id: c.ids['plan'] }),
  },
  'POST /api/corrective-actions/verify': {
    as: OpsManager,
    path: () => '/api/corrective-actions/verify',
    body: (c) => ({ ids: [c.ids['action']], accepted: false, reason: '照片不清楚\n请重拍' }),
  },
  'POST /api/scorecard-schemes': {
    as: OpsManager,
    path: () => '/api/scorecard-schemes',
    body: (c) => ({
      name: `模糊方案${c.n()}`,
      missingRule: 'zero',
      description: '说明\n第二行',
      components: [{ key: 'sales', kind: 'sales_achievement', weight: 100, floor: 0.8, ceiling: 1.2, direction: 'higher' }],
    }),
  },
  'PATCH /api/scorecard-schemes/:id': {
    as: OpsManager,
    path: (c) => `/api/scorecard-schemes/${c.ids['scheme']}`,
    body: async (c) => ({ name: '模糊方案改', version: await c.versions('scorecard_scheme', c.ids['scheme']) }),
    record: (c) => ({ table: 'scorecard_scheme', id: c.ids['scheme'] }),
  },
  'POST /api/scorecard-schemes/:id/approve': {
    as: Director,
    path: (c) => `/api/scorecard-schemes/${c.ids['scheme']}/approve`,
    body: async (c) => ({ version: (await c.versions('scorecard_scheme', c.ids['scheme'])) + 1000 }),
    record: (c) => ({ table: 'scorecard_scheme', id: c.ids['scheme'] }),
  },
  'POST /api/suppliers': {
    as: Buyer,
    path: () => '/api/suppliers',
    body: (c) => ({
      code: `FZ-${c.n()}`,
      name: '模糊供应商',
      creditCode: '91350100M000100Y43',
      categoryIds: [c.ids['category']],
      contacts: [{ name: '李四', phone: '13800000000' }],
    }),
  },
  'PUT /api/work-calendar/:year': {
    as: AdminOffice,
    // A year the holiday package does not know, so the sample's own success changes nothing the other tests read.
    path: () => '/api/work-calendar/2031',
    body: () => ({ days: [{ date: '2031-10-01', type: 'holiday', name: '国庆节' }] }),
  },
  'PUT /api/work-calendar/hours': {
    as: Admin,
    path: () => '/api/work-calendar/hours',
    body: () => ({ start: '09:00', end: '18:00', lunchStart: '12:00', lunchEnd: '13:00' }),
  },
  'POST /api/work-calendar/closures': {
    as: AdminOffice,
    path: () => '/api/work-calendar/closures',
    body: (c) => ({ storeId: c.ids['store'], from: '2031-03-01', to: '2031-03-05', reason: '闭店装修' }),
  },
  'DELETE /api/work-calendar/closures/:id': {
    as: AdminOffice,
    path: (c) => `/api/work-calendar/closures/${c.ids['closure']}`,
    body: () => ({}),
    bodyless: true,
  },
  'POST /api/supplier-issues': {
    as: AdminOffice,
    path: () => '/api/supplier-issues',
    body: (c) => ({ supplierId: c.ids['supplier'], storeId: c.ids['bj001'], kind: 'quality', description: '模糊问题\n第二行' }),
  },
  'POST /api/supplier-issues/:id/transitions': {
    as: AdminOffice,
    path: (c) => `/api/supplier-issues/${c.ids['supplierIssue']}/transitions`,
    body: async (c) => ({ action: 'respond', note: '供应商已回复', version: await c.versions('supplier_issue', c.ids['supplierIssue']) }),
    record: (c) => ({ table: 'supplier_issue', id: c.ids['supplierIssue'] }),
  },
  'PUT /api/supplier-issue-settings': {
    as: AdminOffice,
    path: () => '/api/supplier-issue-settings',
    body: () => ({ responseWorkingDays: 2, fixWorkingDays: 7 }),
  },
  'POST /api/price-checks': {
    as: AdminOffice,
    path: () => '/api/price-checks',
    body: (c) => ({
      storeId: c.ids['bj001'],
      checkedAt: '2026-11-18T09:00:00+08:00',
      items: [
        {
          sku: `HI${c.n()}`,
          name: '模糊商品',
          shelfPriceFen: 990,
          systemPriceFen: 990,
          tillPriceFen: 1090,
          defectCode: 'price_mismatch',
          unitOnTag: '500g',
        },
      ],
    }),
  },
  'POST /api/price-checks/sample': {
    as: AdminOffice,
    path: () => '/api/price-checks/sample',
    body: (c) => ({ storeId: c.ids['bj001'], count: 5, mode: 'risk' }),
  },
  'PUT /api/price-check-settings': {
    as: AdminOffice,
    path: () => '/api/price-check-settings',
    body: () => ({ accuracyThreshold: 98, recheckDays: 30, actionDays: 7 }),
  },
  'POST /api/quality-checks': {
    as: AdminOffice,
    path: () => '/api/quality-checks',
    body: (c) => ({
      storeId: c.ids['bj001'],
      checkedAt: '2026-11-18T09:00:00+08:00',
      findings: [
        {
          kind: 'cold_chain',
          product: '模糊酸奶',
          batch: 'B1',
          quantity: 3,
          action: 'remove',
          temperatureC: 7.5,
          limitMinC: 0,
          limitMaxC: 4,
        },
      ],
    }),
  },
  'POST /api/complaints': {
    as: AdminOffice,
    path: () => '/api/complaints',
    body: (c) => ({
      storeId: c.ids['bj001'],
      channel: 'phone',
      receivedAt: '2026-11-18T09:00:00+08:00',
      customerName: '模糊顾客',
      customerPhone: '13800001111',
      keyCustomer: false,
      categoryId: c.ids['complaintCategory'],
      description: '模糊投诉\n第二行',
    }),
  },
  'POST /api/complaints/:id/transitions': {
    as: AdminOffice,
    path: (c) => `/api/complaints/${c.ids['complaint']}/transitions`,
    body: (c) => ({ action: 'judge', valid: true, responsibleStoreId: c.ids['bj001'], reason: '属实' }),
    record: (c) => ({ table: 'complaint', id: c.ids['complaint'] }),
  },
  'POST /api/complaints/:id/pause': {
    as: AdminOffice,
    path: (c) => `/api/complaints/${c.ids['complaint']}/pause`,
    body: () => ({ reason: '等待顾客提供小票' }),
    record: (c) => ({ table: 'complaint', id: c.ids['complaint'] }),
  },
  'POST /api/complaints/:id/resume': {
    as: AdminOffice,
    path: (c) => `/api/complaints/${c.ids['complaint']}/resume`,
    body: () => ({}),
    record: (c) => ({ table: 'complaint', id: c.ids['complaint'] }),
  },
  'POST /api/complaints/:id/merge': {
    as: AdminOffice,
    path: (c) => `/api/complaints/${c.ids['duplicate']}/merge`,
    body: (c) => ({ intoId: c.ids['complaint'], comment: '重复来电' }),
    record: (c) => ({ table: 'complaint', id: c.ids['duplicate'] }),
  },
  'POST /api/complaints/:id/phone': {
    as: AdminOffice,
    path: (c) => `/api/complaints/${c.ids['complaint']}/phone`,
    body: () => ({ reason: '回访顾客' }),
  },
  'PUT /api/complaint-settings': {
    as: AdminOffice,
    path: () => '/api/complaint-settings',
    body: () => ({
      sla: {
        normal: { judgeHours: 4, planDays: 1, resolveDays: 3, followUpDays: 3 },
        serious: { judgeHours: 2, planDays: 1, resolveDays: 2, followUpDays: 3 },
      },
      storeApprovalLimitFen: 50_000,
      retentionMonths: 24,
    }),
  },
  'POST /api/complaint-categories': {
    as: AdminOffice,
    path: () => '/api/complaint-categories',
    body: (c) => ({ code: `fuzz_${c.n()}`, name: '模糊类别', parentId: c.ids['complaintTop'], severity: 'normal' }),
  },
  'PATCH /api/complaint-categories/:id': {
    as: AdminOffice,
    path: (c) => `/api/complaint-categories/${c.ids['complaintCategory']}`,
    body: () => ({ name: '过期变质', severity: 'normal', active: true }),
    record: (c) => ({ table: 'complaint_category', id: c.ids['complaintCategory'] }),
  },
  'POST /api/complaint-key-customers': {
    as: AdminOffice,
    path: () => '/api/complaint-key-customers',
    body: (c) => ({ name: '模糊重点顾客', phone: `139${String(10_000_000 + c.n()).padStart(8, '0')}`, note: '模糊' }),
  },
  'DELETE /api/complaint-key-customers/:id': {
    as: AdminOffice,
    path: (c) => `/api/complaint-key-customers/${c.ids['keyCustomer']}`,
    body: () => ({}),
    bodyless: true,
  },
  'POST /api/violations': {
    as: AdminOffice,
    path: () => '/api/violations',
    body: (c) => ({
      subjectType: 'store',
      subjectId: c.ids['bj001'],
      ruleCode: 'WJ-001',
      occurredAt: '2026-11-18T09:00:00+08:00',
      facts: '模糊违纪\n第二行',
    }),
  },
  'POST /api/violations/:id/approve': {
    as: AdminOffice,
    path: (c) => `/api/violations/${c.ids['violation']}/approve`,
    body: async (c) => ({ version: (await c.versions('violation', c.ids['violation'])) + 1000, comment: '属实' }),
    record: (c) => ({ table: 'violation', id: c.ids['violation'] }),
  },
  'POST /api/violations/:id/appeal': {
    as: StoreManager,
    path: (c) => `/api/violations/${c.ids['violation']}/appeal`,
    body: async (c) => ({ reason: '模糊申诉\n第二行', version: await c.versions('violation', c.ids['violation']) }),
    record: (c) => ({ table: 'violation', id: c.ids['violation'] }),
  },
  'POST /api/violations/:id/decide-appeal': {
    as: AdminOffice,
    path: (c) => `/api/violations/${c.ids['violation']}/decide-appeal`,
    body: async (c) => ({ decision: 'uphold', comment: '维持', version: (await c.versions('violation', c.ids['violation'])) + 1000 }),
    record: (c) => ({ table: 'violation', id: c.ids['violation'] }),
  },
  'POST /api/violation-rules': {
    as: AdminOffice,
    path: () => '/api/violation-rules',
    body: (c) => ({
      code: `FZ-${String(c.n() % 1000).padStart(3, '0')}`,
      title: '模糊条款',
      category: 'service',
      description: '模糊\n说明',
      steps: [{ kind: 'verbal_warning' }, { kind: 'fine', amountFen: 5000 }],
    }),
  },
  'PATCH /api/violation-rules/:id': {
    as: AdminOffice,
    path: () => '/api/violation-rules/1',
    body: async (c) => ({ title: '上班迟到早退', version: await c.versions('violation_rule', 1) }),
    record: () => ({ table: 'violation_rule', id: 1 }),
  },
  'PUT /api/alerts/settings': {
    as: Specialist,
    path: () => '/api/alerts/settings',
    body: () => ({ email: 'specialist@example.cn', emailEnabled: true, wecomEnabled: false, digestEnabled: true }),
  },
  'PUT /api/alerts/escalation': {
    as: Admin,
    path: () => '/api/alerts/escalation',
    body: () => ({
      ladders: {
        corrective_action: [
          { afterWorkingDays: 1, toRole: 'ops_manager' },
          { afterWorkingDays: 3, toRole: 'director' },
        ],
      },
    }),
  },
  'POST /api/alerts/:key/snooze': {
    as: StoreManager,
    path: (c) => `/api/alerts/corrective_action:${c.ids['action']}/snooze`,
    body: () => ({ until: '2026-11-18T17:00:00+08:00', reason: '等待配件到货' }),
  },
  'PATCH /api/suppliers/:id': {
    as: Buyer,
    path: (c) => `/api/suppliers/${c.ids['supplier']}`,
    body: async (c) => ({ name: '模糊供应商改', version: await c.versions('supplier', c.ids['supplier']) }),
    record: (c) => ({ table: 'supplier', id: c.ids['supplier'] }),
  },
  'POST /api/contracts': {
    as: Buyer,
    path: () => '/api/contracts',
    body: (c) => ({
      supplierId: c.ids['supplier'],
      kind: 'annual',
      title: '模糊合同',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      paymentDays: 30,
      rebateRate: 2.5,
      amount: 1_000_000_00,
      storeIds: [c.ids['bj001']],
      clauses: [{ text: '到货率\n按月考核', commitment: '≥ 95 %' }],
    }),
  },
  'PATCH /api/contracts/:id': {
    as: Buyer,
    path: (c) => `/api/contracts/${c.ids['contract']}`,
    body: async (c) => ({ title: '模糊合同改', version: await c.versions('contract', c.ids['contract']) }),
    record: (c) => ({ table: 'contract', id: c.ids['contract'] }),
  },
  'POST /api/contracts/:id/transitions': {
    as: Buyer,
    path: (c) => `/api/contracts/${c.ids['contract']}/transitions`,
    body: () => ({ action: 'submit', comment: '请审核\n谢谢', checklist: { qualification: true, price: true } }),
    record: (c) => ({ table: 'contract', id: c.ids['contract'] }),
  },
  'POST /api/contracts/:id/clause-checks': {
    as: AdminOffice,
    path: (c) => `/api/contracts/${c.ids['signedContract']}/clause-checks`,
    body: (c) => ({
      clauseId: c.ids['clause'],
      period: `20${20 + (c.n() % 7)}-${String(1 + (c.n() % 12)).padStart(2, '0')}`,
      result: 'breached',
      evidence: '到货率 90%',
      note: '第二行\n说明',
    }),
  },
  'POST /api/contracts/:id/clause-checks/:checkId/follow-up/close': {
    as: AdminOffice,
    path: (c) => `/api/contracts/${c.ids['signedContract']}/clause-checks/999999/follow-up/close`,
    body: () => ({ note: '已跟进' }),
  },
  'POST /api/licences': {
    as: AdminOffice,
    path: () => '/api/licences',
    body: (c) => ({
      ownerKind: 'supplier',
      supplierId: c.ids['supplier'],
      type: '食品经营许可证',
      number: `JY${c.n()}`,
      validFrom: '2026-01-01',
      validTo: '2028-12-31',
    }),
  },
  'POST /api/licences/:id/renew': {
    as: AdminOffice,
    path: (c) => `/api/licences/${c.ids['licence']}/renew`,
    body: (c) => ({ number: `JY-R${c.n()}`, validFrom: '2029-12-01', validTo: '2032-12-31' }),
    record: (c) => ({ table: 'licence', id: c.ids['licence'] }),
  },
  'POST /api/meeting-series': {
    as: AdminOffice,
    path: () => '/api/meeting-series',
    body: (c) => ({ code: `fuzz_${c.n()}`, name: '模糊会议', cadence: 'weekly', agendaTemplate: ['议程一', '议程二'] }),
  },
  'POST /api/meetings': {
    as: AdminOffice,
    path: () => '/api/meetings',
    body: (c) => ({
      seriesId: 1,
      heldAt: '2026-11-18T09:00:00+08:00',
      attendeeIds: [c.ids['officeId']],
      items: [{ title: '模糊议程', storeId: c.ids['bj001'], kpi: 'sales', notes: '第一行\n第二行' }],
      actions: [{ title: '模糊事项', ownerId: c.ids['officeId'], dueAt: '2026-12-01T18:00:00+08:00' }],
      minutes: '模糊纪要\n第二行',
      decisions: ['模糊决定'],
    }),
  },
  'PATCH /api/meetings/:id': {
    as: AdminOffice,
    path: (c) => `/api/meetings/${c.ids['meeting']}`,
    body: async (c) => ({ version: await c.versions('meeting', c.ids['meeting']), minutes: '模糊纪要改', decisions: ['改'] }),
    record: (c) => ({ table: 'meeting', id: c.ids['meeting'] }),
  },
  'PATCH /api/meeting-actions/:id': {
    as: AdminOffice,
    path: (c) => `/api/meeting-actions/${c.ids['meetingAction']}`,
    body: async (c) => ({ status: 'done', version: await c.versions('meeting_action', c.ids['meetingAction']) }),
    record: (c) => ({ table: 'meeting_action', id: c.ids['meetingAction'] }),
  },
  'POST /api/meeting-actions/:id/corrective-action': {
    as: AdminOffice,
    path: (c) => `/api/meeting-actions/${c.ids['meetingAction']}/corrective-action`,
    body: () => ({}),
    record: (c) => ({ table: 'meeting_action', id: c.ids['meetingAction'] }),
  },
};

/** Upload routes: multipart with a hostile file and hostile text fields. */
const UPLOADS: Record<string, { as: Role; path: (ctx: Ctx) => string; fields?: Record<string, string> }> = {
  'POST /api/imports': { as: OpsManager, path: () => '/api/imports' },
  'POST /api/inspection-templates/import': { as: OpsManager, path: () => '/api/inspection-templates/import' },
  'POST /api/target-decompositions/:id/import': {
    as: OpsManager,
    path: (c) => `/api/target-decompositions/${c.ids['decomposition']}/import`,
    fields: { reason: '导入' },
  },
  'POST /api/photos': { as: Specialist, path: () => '/api/photos' },
  'POST /api/work-calendar/:year/import': { as: AdminOffice, path: () => '/api/work-calendar/2031/import' },
  'POST /api/contracts/:id/attachments': { as: Buyer, path: (c) => `/api/contracts/${c.ids['contract']}/attachments` },
  'POST /api/licences/:id/file': { as: Buyer, path: (c) => `/api/licences/${c.ids['licence']}/file` },
  'POST /api/complaints/:id/attachments': { as: AdminOffice, path: (c) => `/api/complaints/${c.ids['complaint']}/attachments` },
  'POST /api/violations/:id/attachments': { as: AdminOffice, path: (c) => `/api/violations/${c.ids['violation']}/attachments` },
  'POST /api/price-changes/import': { as: AdminOffice, path: () => '/api/price-changes/import' },
};

/** Tables whose rows a refused request may still touch by design: the throttle's own counts and sign-in sessions. */
const UNWATCHED = new Set(['login_throttle', 'session', 'migrations']);

const BAD_DATES = [
  '0000-01-01',
  '0001-01-01',
  '9999-99-99',
  '2026-02-30',
  '2026-13-01',
  '1899-12-31',
  '2101-01-01',
  '2026-1-5',
  '20261105',
  '2026-11-05T25:00:00',
];
const BAD_PERIODS = ['0000', '0001', '0000-01', '2026-13', '2026-00', '2026-Q5', '2026-Q0', '1899', '2101-01', '99999', '2026-11-01'];
const CONTROL_TEXTS = [
  'a\u0000b',
  '\u0000',
  'bell\u0007',
  'esc\u001b[31m',
  'line\nbreak',
  'tab\there',
  'cr\r',
  'del\u007f',
  'lone \ud800 surrogate',
  '\udfff',
  'back\bspace',
];

/** A JSON value nested `depth` levels deep. */
function deep(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constantFrom('', ' ', 'x'.repeat(100_000), '中'.repeat(5_000)),
  fc.constantFrom(...CONTROL_TEXTS),
  fc.constantFrom(...BAD_DATES, ...BAD_PERIODS),
  fc.constantFrom(0, -1, -0, 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e21, 1e308, -1e308, 5e-324),
  fc.boolean(),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    [],
    [null],
    [1, 'a', null],
    [{}],
    Array.from({ length: 6000 }, (_, i) => i),
  ),
  fc.constantFrom({}, { a: 1 }, { $gt: 0 }, deep(15), deep(40)),
);

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'unknownField', '', 'k'.repeat(300), '$where', 'id', 'createdBy'];

type Path = Array<string | number>;
type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'extra'; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.nat(), hostileValue).map(([i, value]): Mutation => ({ kind: 'set', at: i, value })) },
  { weight: 1, arbitrary: fc.nat().map((i): Mutation => ({ kind: 'delete', at: i })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(), fc.constantFrom(...HOSTILE_KEYS), hostileValue)
      .map(([i, key, value]): Mutation => ({ kind: 'extra', at: i, key, value })),
  },
);

function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = [...prefix, Array.isArray(value) ? Number(k) : k];
      out.push(p, ...paths(v, p));
    }
  }
  return out;
}

function objectPaths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const own = Array.isArray(value) ? [] : [prefix];
  return [...own, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...prefix, Array.isArray(value) ? Number(k) : k]))];
}

function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);
}

/** Sets an own property (even `__proto__`) to a copy of the value: the arbitraries share their constant values. */
function define(target: object, key: string | number, value: unknown): void {
  const copy = value === undefined ? value : JSON.parse(JSON.stringify(value));
  Object.defineProperty(target, key, { value: copy, enumerable: true, writable: true, configurable: true });
}

/** Applies mutations to a copy of the body; the key and path of each, for the message of a failure. */
function mutate(body: Record<string, unknown>, mutations: Mutation[]): { body: unknown; said: string[]; extraAtRoot: string | null } {
  const copy = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  const said: string[] = [];
  let extraAtRoot: string | null = null;
  for (const m of mutations) {
    if (m.kind === 'extra') {
      const targets = objectPaths(copy);
      const path = targets[m.at % targets.length];
      define(at(copy, path) as object, m.key, m.value);
      said.push(`add ${[...path, m.key].join('.')}`);
      if (path.length === 0) extraAtRoot = m.key;
      continue;
    }
    const all = paths(copy);
    if (!all.length) continue;
    const path = all[m.at % all.length];
    const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path[path.length - 1];
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      said.push(`delete ${path.join('.')}`);
    } else {
      define(parent, key, m.value);
      said.push(`set ${path.join('.')} = ${JSON.stringify(m.value)?.slice(0, 60)}`);
    }
  }
  // A later mutation may have deleted the key again.
  if (extraAtRoot !== null && !Object.prototype.hasOwnProperty.call(copy, extraAtRoot)) extraAtRoot = null;
  return { body: copy, said: said.map((x) => (x.length > 120 ? `${x.slice(0, 120)}…` : x)), extraAtRoot };
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  text: string;
}

describe('hostile input: no 5xx, the error shape, nothing written', () => {
  let t: TestApp;
  let port: number;
  const clients = new Map<Role, ApiClient>();
  let ctx: Ctx;
  let tables: string[];
  let counter = 0;
  const seen: Record<string, Record<number, number>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    await new Promise<void>((resolve) => t.app.getHttpServer().listen(0, '127.0.0.1', resolve));
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    for (const role of Object.values(Role)) clients.set(role, await t.as(DEMO_USERNAMES[role]));
    const made = (res: { status: number; body: { id?: number } }, what: string): number => {
      if (res.status !== 201 || !res.body.id) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id;
    };
    const admin = clients.get(Admin) as ApiClient;
    const ops = clients.get(OpsManager) as ApiClient;
    const buyer = clients.get(Buyer) as ApiClient;
    const region = made(await admin.post('/api/regions', { code: 'FUZZ', name: '模糊' }), 'region');
    const category = made(await admin.post('/api/categories', { code: 'FUZZ', name: '模糊' }), 'category');
    const store = made(
      await admin.post('/api/stores', { code: 'FZ0001', name: '模糊店', regionId: region, format: 'convenience', salesAreaSqm: 100 }),
      'store',
    );
    const user = made(
      await admin.post('/api/users', { username: 'fuzz-target', displayName: '模糊', role: 'buyer', password: 'long-enough-pass-9' }),
      'user',
    );
    const decomposition = made(
      await ops.post('/api/target-decompositions', { year: 2030, metric: 'sales', total: 480_000, method: 'equal' }),
      'decomposition',
    );
    const template = (await ops.get('/api/inspection-templates')).body.find((x: { code: string }) => x.code === 'STD-STORE');
    const scheme = made(
      await ops.post('/api/scorecard-schemes', {
        name: '模糊方案',
        missingRule: 'zero',
        components: [{ key: 'sales', kind: 'sales_achievement', weight: 100, floor: 0.8, ceiling: 1.2, direction: 'higher' }],
      }),
      'scheme',
    );
    const supplier = made(
      await buyer.post('/api/suppliers', { code: 'FUZZ-SUP', name: '模糊供应商', creditCode: '9144030071526726XG', categoryIds: [] }),
      'supplier',
    );
    const contract = made(
      await buyer.post('/api/contracts', {
        supplierId: supplier,
        kind: 'annual',
        title: '模糊合同',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
        paymentDays: 30,
        rebateRate: 1,
        amount: 0,
        storeIds: [],
        clauses: [{ text: '到货率', commitment: '≥ 95 %' }],
      }),
      'contract',
    );
    const licence = made(
      await buyer.post('/api/licences', {
        ownerKind: 'supplier',
        supplierId: supplier,
        type: '营业执照',
        number: 'FZ-1',
        validFrom: '2026-01-01',
        validTo: '2030-01-01',
      }),
      'licence',
    );
    const [signed] = await t.db.query(
      `SELECT c."id" AS id, k."id" AS clause FROM "contract" c JOIN "contract_clause" k ON k."contractId" = c."id" WHERE c."status" = 'signed' ORDER BY c."id" LIMIT 1`,
    );
    const closure = made(
      await (clients.get(AdminOffice) as ApiClient).post('/api/work-calendar/closures', {
        storeId: store,
        from: '2031-04-01',
        to: '2031-04-02',
        reason: '模糊闭店',
      }),
      'closure',
    );
    const bj001 = await idOf(t, 'store', 'code', 'BJ001');
    const office = clients.get(AdminOffice) as ApiClient;
    const complaintCategory = await idOf(t, 'complaint_category', 'code', 'quality_expired');
    const complaintTop = await idOf(t, 'complaint_category', 'code', 'quality');
    const intake = {
      storeId: bj001,
      channel: 'store',
      receivedAt: '2026-11-18T09:00:00+08:00',
      customerName: '模糊',
      customerPhone: '13800002222',
      keyCustomer: false,
      categoryId: complaintCategory,
      description: '模糊',
    };
    const complaint = made(await office.post('/api/complaints', intake), 'complaint');
    const duplicate = made(await office.post('/api/complaints', intake), 'duplicate');
    const keyCustomer = made(await office.post('/api/complaint-key-customers', { name: '模糊', phone: '13700003333' }), 'key customer');
    const violation = made(
      await office.post('/api/violations', {
        subjectType: 'store',
        subjectId: bj001,
        ruleCode: 'WJ-001',
        occurredAt: '2026-11-18T08:00:00+08:00',
        facts: '模糊',
      }),
      'violation',
    );
    const officeId = await idOf(t, 'app_user', 'username', 'office');
    const supplierIssue = made(
      await office.post('/api/supplier-issues', { supplierId: supplier, storeId: bj001, kind: 'price', description: '模糊' }),
      'supplier issue',
    );
    const meetingRes = await office.post('/api/meetings', {
      seriesId: 1,
      heldAt: '2026-11-18T09:00:00+08:00',
      attendeeIds: [officeId],
      items: [{ title: '模糊议程' }],
      actions: [{ title: '模糊事项', ownerId: officeId, dueAt: '2026-12-01T18:00:00+08:00', storeId: bj001 }],
    });
    const meeting = made(meetingRes, 'meeting');
    const meetingAction = Number(meetingRes.body.actions?.[0]?.id ?? 0);
    const [action] = await t.db.query(`SELECT "id" FROM "corrective_action" WHERE "storeId" = ${bj001} ORDER BY "id" LIMIT 1`);
    const ids: Record<string, number> = {
      region,
      category,
      store,
      user,
      decomposition,
      template: template.id,
      standard: template.id,
      scheme,
      supplier,
      contract,
      licence,
      closure,
      complaint,
      duplicate,
      keyCustomer,
      violation,
      meeting,
      meetingAction,
      supplierIssue,
      officeId,
      complaintCategory,
      complaintTop,
      signedContract: Number(signed?.id ?? contract),
      clause: Number(signed?.clause ?? 1),
      bj001,
      action: Number(action?.id ?? 999_999),
      specialist: await idOf(t, 'app_user', 'username', 'specialist'),
      plan: Number((await t.db.query(`SELECT "id" FROM "inspection_plan" ORDER BY "id" LIMIT 1`))[0]?.id ?? 0),
    };
    for (const [k, v] of Object.entries(ids)) expect(`${k} ${Number.isInteger(v) && v > 0}`).toBe(`${k} true`);
    const results = template.sections.flatMap((s: { items: Array<{ id: number; kind: string; maxPoints: number }> }) =>
      s.items.map((i) => (i.kind === 'scale' ? { itemId: i.id, result: 'score', points: i.maxPoints } : { itemId: i.id, result: 'pass' })),
    );
    ctx = {
      ids,
      results,
      n: () => ++counter,
      versions: async (table, id) => Number((await t.db.query(`SELECT "version" FROM "${table}" WHERE "id" = ${id}`))[0]?.version ?? 1),
    };
    tables = t.db.entityMetadatas.map((m) => m.tableName).filter((name) => !UNWATCHED.has(name));
  });
  afterAll(() => {
    const lines = Object.entries(seen).map(
      ([route, statuses]) =>
        `  ${route.padEnd(62)} ${Object.entries(statuses)
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}`,
    );
    console.log(`hostile input, answers by route:\n${lines.join('\n')}`);
    return t.close();
  });

  /** Row counts of every table (one query), so "nothing was written" covers more than the route's own table. */
  async function fingerprint(record?: { table: string; id: number }): Promise<string> {
    const counts = await t.db.query(`SELECT ${tables.map((n, i) => `(SELECT COUNT(*) FROM "${n}") AS c${i}`).join(', ')}`);
    const row = record ? await t.db.query(`SELECT * FROM "${record.table}" WHERE "id" = ${record.id}`) : [];
    return JSON.stringify([Object.values(counts[0]).map(Number), row]);
  }

  function send(
    method: string,
    path: string,
    opts: { client?: ApiClient; headers?: Record<string, string>; body?: Buffer | string } = {},
  ): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.client) {
        headers['Cookie'] = opts.client.cookieHeader;
        headers['X-XSRF-TOKEN'] = opts.client.xsrf ?? '';
      } else {
        headers['Cookie'] = 'XSRF-TOKEN=fuzz';
        headers['X-XSRF-TOKEN'] = 'fuzz';
      }
      if (opts.body !== undefined && headers['Content-Length'] === undefined)
        headers['Content-Length'] = String(Buffer.byteLength(opts.body));
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: the shape check below will say so
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text });
        });
      });
      req.on('error', reject);
      if (opts.body !== undefined) req.write(opts.body);
      req.end();
    });
  }

  function note(route: string, status: number): void {
    seen[route] ??= {};
    seen[route][status] = (seen[route][status] ?? 0) + 1;
  }

  /** The one error shape; a 400 names a field or a line. */
  function shapeProblems(res: Answer): string | null {
    const b = res.body as { statusCode?: unknown; error?: unknown; message?: unknown; details?: unknown };
    if (!b || typeof b !== 'object') return `not JSON: ${res.text.slice(0, 100)}`;
    if (b.statusCode !== res.status || typeof b.error !== 'string' || typeof b.message !== 'string' || !Array.isArray(b.details)) {
      return `not the error shape: ${res.text.slice(0, 200)}`;
    }
    const details = b.details as Array<{ field?: unknown; line?: unknown; problem?: unknown }>;
    if (details.some((d) => typeof d.problem !== 'string')) return `a detail without a problem: ${res.text.slice(0, 200)}`;
    if (res.status === 400 && (!details.length || details.some((d) => d.field === undefined && d.line === undefined))) {
      return `a 400 that names no field or line: ${res.text.slice(0, 200)}`;
    }
    if (res.text.length > 50_000) return `an error answer of ${res.text.length} bytes`;
    // The error filter's last line of defence answered: validation should have named the field before the database.
    if (details.some((d) => String((d as { code?: unknown }).code ?? '').startsWith('db.')))
      return `the database refused it, not validation: ${res.text.slice(0, 200)}`;
    return null;
  }

  const writeRoutes = (): DiscoveredRoute[] => discoverRoutes(t.app).filter((r) => !r.key.startsWith('GET '));

  it('has a sample for every JSON write route and an entry for every upload route', () => {
    const json = writeRoutes()
      .filter((r) => !r.consumes.includes('multipart/form-data'))
      .map((r) => r.key);
    const uploads = writeRoutes()
      .filter((r) => r.consumes.includes('multipart/form-data'))
      .map((r) => r.key);
    expect(json.filter((k) => !SAMPLES[k])).toEqual([]);
    expect(Object.keys(SAMPLES).filter((k) => !json.includes(k))).toEqual([]);
    expect(uploads.sort()).toEqual(Object.keys(UPLOADS).sort());
  });

  const routeKeys = Object.keys(SAMPLES);

  it('takes every sample as it is (so the mutations start from a body that reaches the service)', async () => {
    const outcomes: string[] = [];
    for (const key of routeKeys) {
      const sample = SAMPLES[key];
      const client = sample.as === 'anonymous' ? undefined : clients.get(sample.as);
      const res = await send(key.split(' ')[0], sample.path(ctx), {
        client,
        headers: { 'Content-Type': 'application/json', ...(sample.headers?.() ?? {}) },
        body: JSON.stringify(await sample.body(ctx)),
      });
      outcomes.push(`${key} → ${res.status} ${res.status >= 300 ? res.text.slice(0, 200) : ''}`);
    }
    console.log(outcomes.join('\n'));
  });

  it.each(routeKeys)('%s: property-based hostile bodies', async (key) => {
    const sample = SAMPLES[key];
    const [method] = key.split(' ');
    const client = sample.as === 'anonymous' ? undefined : clients.get(sample.as);
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const base = await sample.body(ctx);
        const { body, said, extraAtRoot } = mutate(base, mutations);
        const record = sample.record?.(ctx);
        const before = await fingerprint(record);
        const res = await send(method, sample.path(ctx), {
          client,
          headers: { 'Content-Type': 'application/json', ...(sample.headers?.() ?? {}) },
          body: JSON.stringify(body),
        });
        note(key, res.status);
        const why = `${key} with ${said.join('; ')} → ${res.status} ${res.text.slice(0, 300)}`;
        expect(res.status < 500 ? 'no 5xx' : why).toBe('no 5xx');
        expect(res.headers['cache-control']).toBe('no-store');
        if (res.status >= 400) {
          expect(shapeProblems(res) ?? 'shape ok').toBe('shape ok');
          expect((await fingerprint(record)) === before ? 'nothing written' : `${why}: wrote something`).toBe('nothing written');
        }
        if (extraAtRoot !== null && key !== 'POST /api/auth/logout' && !sample.bodyless) {
          expect(res.status === 400 ? 'refused' : `${why}: the unknown key ${JSON.stringify(extraAtRoot).slice(0, 40)} was taken`).toBe(
            'refused',
          );
        }
      }),
      { seed: Number(process.env['FUZZ_SEED'] ?? 11_2026), numRuns: Number(process.env['FUZZ_RUNS'] ?? 14), endOnFailure: true },
    );
  });

  it.each(routeKeys.filter((k) => k !== 'POST /api/auth/logout' && !SAMPLES[k].bodyless))(
    '%s: prototype keys are refused like any unknown key, at every level',
    async (key) => {
      const sample = SAMPLES[key];
      const client = sample.as === 'anonymous' ? undefined : clients.get(sample.as);
      const base = await sample.body(ctx);
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const target of objectPaths(base)) {
        for (const name of ['__proto__', 'constructor', 'prototype']) {
          const body = JSON.parse(JSON.stringify(base));
          define(at(body, target) as object, name, { polluted: true });
          const record = sample.record?.(ctx);
          const before = await fingerprint(record);
          const res = await send(key.split(' ')[0], sample.path(ctx), {
            client,
            headers: { 'Content-Type': 'application/json', ...(sample.headers?.() ?? {}) },
            body: JSON.stringify(body),
          });
          note(key, res.status);
          const field = [...target, name].join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
          const named = ((res.body as { details?: Array<{ field?: string }> }).details ?? []).some((d) => d.field === field);
          const unchanged = (await fingerprint(record)) === before;
          outcomes.push(`${field} → ${res.status}${named ? ' named' : ''}${unchanged ? '' : ' WROTE'}`);
          expected.push(`${field} → 400 named`);
        }
      }
      expect(outcomes).toEqual(expected);
    },
  );

  it.each(routeKeys.filter((k) => k !== 'POST /api/auth/logout'))(
    '%s: null for any field of the body is refused by validation, naming it',
    async (key) => {
      const sample = SAMPLES[key];
      const client = sample.as === 'anonymous' ? undefined : clients.get(sample.as);
      const base = await sample.body(ctx);
      const problems: string[] = [];
      for (const path of paths(base)) {
        const body = JSON.parse(JSON.stringify(base));
        const parent = at(body, path.slice(0, -1)) as Record<string | number, unknown>;
        const was = parent[path[path.length - 1]];
        if (was === null) continue;
        parent[path[path.length - 1]] = null;
        const record = sample.record?.(ctx);
        const before = await fingerprint(record);
        const res = await send(key.split(' ')[0], sample.path(ctx), {
          client,
          headers: { 'Content-Type': 'application/json', ...(sample.headers?.() ?? {}) },
          body: JSON.stringify(body),
        });
        note(key, res.status);
        const label = `${path.join('.')}: null → ${res.status}`;
        if (res.status >= 500) problems.push(`${label} ${res.text.slice(0, 200)}`);
        else if (res.status >= 400) {
          const shape = shapeProblems(res);
          if (shape) problems.push(`${label} ${shape}`);
          if ((await fingerprint(record)) !== before) problems.push(`${label} wrote something`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  const TRANSPORTS: Array<{ name: string; expected: number; headers: Record<string, string>; body: () => Buffer | string }> = [
    {
      name: 'a JSON body over 1 MiB',
      expected: 413,
      headers: { 'Content-Type': 'application/json' },
      body: () => JSON.stringify({ name: 'x'.repeat(1024 * 1024) }),
    },
    {
      name: 'a gzip body inflating to 64 MiB',
      expected: 413,
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: () => gzipped,
    },
    {
      name: 'an unknown Content-Encoding',
      expected: 415,
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'klingon' },
      body: () => '{}',
    },
    { name: 'charset=klingon', expected: 415, headers: { 'Content-Type': 'application/json; charset=klingon' }, body: () => '{}' },
    {
      name: 'UTF-16 JSON',
      expected: 415,
      headers: { 'Content-Type': 'application/json; charset=utf-16' },
      body: () => Buffer.from('{}', 'utf16le'),
    },
    {
      name: '5,000 nested objects in 30 kB',
      expected: 400,
      headers: { 'Content-Type': 'application/json' },
      body: () => `${'{"a":['.repeat(2500)}1${']}'.repeat(2500)}`,
    },
    { name: 'broken JSON', expected: 400, headers: { 'Content-Type': 'application/json' }, body: () => '{"name": "x",' },
    { name: 'a JSON string as the body', expected: 400, headers: { 'Content-Type': 'application/json' }, body: () => '"just a string"' },
    { name: 'text/plain', expected: 415, headers: { 'Content-Type': 'text/plain' }, body: () => 'name=x' },
    { name: 'a form', expected: 415, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: () => 'name=x&version=1' },
    { name: 'XML', expected: 415, headers: { 'Content-Type': 'application/xml' }, body: () => '<name>x</name>' },
    { name: 'no Content-Type', expected: 415, headers: {}, body: () => '{"name":"x"}' },
    {
      name: 'multipart to a JSON route',
      expected: 415,
      headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
      body: () => '--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--b--\r\n',
    },
  ];
  const gzipped = gzipSync(Buffer.from(`{"name":"${' '.repeat(64 * 1024 * 1024)}"}`));

  it.each(routeKeys)('%s: malformed transports', async (key) => {
    const sample = SAMPLES[key];
    const [method] = key.split(' ');
    const client = sample.as === 'anonymous' ? undefined : clients.get(sample.as);
    const record = sample.record?.(ctx);
    const before = await fingerprint(record);
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const transport of TRANSPORTS) {
      const res = await send(method, sample.path(ctx), { client, headers: transport.headers, body: transport.body() });
      note(key, res.status);
      // Logout takes no body: a body it does not read is harmless, but a bad one is still refused.
      outcomes.push(`${transport.name} → ${res.status} ${shapeProblems(res) ?? ''}`.trim());
      expected.push(`${transport.name} → ${transport.expected}`);
    }
    expect(outcomes).toEqual(expected);
    expect(await fingerprint(record)).toBe(before);
  });

  it.each(Object.keys(UPLOADS))('%s: hostile files, fields and transports', async (key) => {
    const upload = UPLOADS[key];
    const client = clients.get(upload.as) as ApiClient;
    const boundary = 'fuzzboundary';
    const part = (name: string, value: Buffer | string, filename?: string) =>
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n${filename ? 'Content-Type: application/octet-stream\r\n' : ''}\r\n`,
        ),
        Buffer.isBuffer(value) ? value : Buffer.from(value),
        Buffer.from('\r\n'),
      ]);
    const file = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)),
      fc.constantFrom(
        Buffer.alloc(0),
        Buffer.from('\x7fELF\x02\x01\x01\x00\x00\x00'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
        Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]),
        Buffer.from('PK\x03\x04not really a zip'),
        Buffer.from('%PDF-1.4\n%\xe2\xe3\n'),
        Buffer.from('date,store_code\n2026-11-01,BJ001\n'),
      ),
    );
    const field = fc.oneof(fc.constantFrom(...CONTROL_TEXTS, 'x'.repeat(20_000), '{"a":', '__proto__'), fc.string({ maxLength: 20 }));
    const fieldName = fc.constantFrom('reason', 'kind', 'mapping', 'version', '__proto__', 'constructor', 'unknown');
    const fileName = fc.constantFrom(
      'a.xlsx',
      'a.csv',
      'a.jpg',
      '../../etc/passwd',
      'nul\u0000.pdf',
      '名字.pdf',
      '\ud800.png',
      'x'.repeat(400),
    );
    await fc.assert(
      fc.asyncProperty(file, fileName, fc.array(fc.tuple(fieldName, field), { maxLength: 2 }), async (content, name, fields) => {
        const before = await fingerprint();
        const parts = [
          ...Object.entries(upload.fields ?? {}).map(([k, v]) => part(k, v)),
          ...fields.map(([k, v]) => part(k, v)),
          part('file', content, name),
        ];
        const body = Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
        const res = await send('POST', upload.path(ctx), {
          client,
          headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
          body,
        });
        note(key, res.status);
        const why = `${key} with ${name} (${content.length} bytes) and ${JSON.stringify(fields).slice(0, 100)} → ${res.status} ${res.text.slice(0, 300)}`;
        expect(res.status < 500 ? 'no 5xx' : why).toBe('no 5xx');
        if (res.status >= 400) {
          expect(shapeProblems(res) ?? 'shape ok').toBe('shape ok');
          expect((await fingerprint()) === before ? 'nothing written' : `${why}: wrote something`).toBe('nothing written');
        }
      }),
      { seed: Number(process.env['FUZZ_SEED'] ?? 11_2026), numRuns: Number(process.env['FUZZ_RUNS'] ?? 12), endOnFailure: true },
    );
    const broken = [
      { name: 'JSON to an upload route', headers: { 'Content-Type': 'application/json' }, body: '{}', expected: 415 },
      { name: 'text/plain', headers: { 'Content-Type': 'text/plain' }, body: 'file', expected: 415 },
      { name: 'no boundary', headers: { 'Content-Type': 'multipart/form-data' }, body: '--x\r\n\r\n', expected: 400 },
      {
        name: 'cut-off multipart',
        headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
        body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK`,
        expected: 400,
      },
    ];
    for (const b of broken) {
      const before = await fingerprint();
      const res = await send('POST', upload.path(ctx), { client, headers: b.headers, body: b.body });
      note(key, res.status);
      expect(`${b.name} → ${res.status} ${shapeProblems(res) ?? ''}`.trim()).toBe(`${b.name} → ${b.expected}`);
      expect(await fingerprint()).toBe(before);
    }
  });

  describe('paging and period edges of every list', () => {
    const BASE_QUERY: Record<string, string> = {
      'GET /api/kpis': 'metric=sales',
      'GET /api/rankings/stores': 'period=2026-10',
      'GET /api/rankings/stores/export': 'period=2026-10',
      'GET /api/rankings/inspections': 'period=2026-10',
      'GET /api/rankings/stores/:storeId/explanation': 'period=2026-10',
      'GET /api/rankings/stores/:storeId/trend': 'period=2026-10',
    };
    const readers = (r: DiscoveredRoute): ApiClient => {
      const roles = r.roles ?? [];
      const role = roles.includes(Admin) ? Admin : roles.includes(Director) ? Director : (roles[0] ?? Admin);
      return clients.get(role) as ApiClient;
    };
    const concrete = (r: DiscoveredRoute) =>
      r.key.slice(4).replace(':storeId', String(ctx.ids['bj001'])).replace(':id', String(ctx.ids['bj001']));
    const propertiesOf = (dto: DtoClass | undefined): string[] => {
      const names = new Set<string>();
      // class-validator keeps each DTO's rules; the names of its properties are enough here.
      if (dto) for (const m of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) names.add(m.propertyName);
      return [...names];
    };

    it('refuses page and pageSize that are not positive safe whole numbers, naming them, on every paged list', async () => {
      const paged = discoverRoutes(t.app).filter((r) => r.key.startsWith('GET ') && propertiesOf(r.query).includes('page'));
      expect(paged.length).toBeGreaterThanOrEqual(10);
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const r of paged) {
        const client = readers(r);
        const base = BASE_QUERY[r.key] ? `${BASE_QUERY[r.key]}&` : '';
        for (const [param, value] of [
          ['page', '0'],
          ['page', '-1'],
          ['page', '1e308'],
          ['page', '99999999999999999999'],
          ['page', '1.5'],
          ['page', 'abc'],
          ['page', ''],
          ['page', '0x10'],
          ['page', 'Infinity'],
          ['pageSize', '0'],
          ['pageSize', '501'],
          ['pageSize', '1e2'],
        ]) {
          const res = await client.get(`${concrete(r)}?${base}${param}=${encodeURIComponent(value)}`);
          const named = (res.body.details ?? []).some((d: { field?: string }) => d.field === param);
          outcomes.push(`${r.key} ${param}=${value} → ${res.status}${named ? ` names ${param}` : ''}`);
          expected.push(`${r.key} ${param}=${value} → 400 names ${param}`);
        }
        const both = await client.get(`${concrete(r)}?${base}page=1&page=2`);
        outcomes.push(`${r.key} page twice → ${both.status}`);
        expected.push(`${r.key} page twice → 400`);
        const ok = await client.get(`${concrete(r)}?${base}page=1&pageSize=500`);
        outcomes.push(`${r.key} page=1&pageSize=500 → ${ok.status}`);
        expected.push(`${r.key} page=1&pageSize=500 → 200`);
        const far = await client.get(`${concrete(r)}?${base}page=18014398509481&pageSize=500`);
        outcomes.push(`${r.key} the last page → ${far.status}`);
        expected.push(`${r.key} the last page → 200`);
      }
      expect(outcomes).toEqual(expected);
    });

    it('refuses impossible dates and periods (year 0000, 9999-99-99, 30 February, outside 1900–2100) on every route that takes one', async () => {
      const dated = discoverRoutes(t.app)
        .filter((r) => r.key.startsWith('GET '))
        .map((r) => ({ r, params: propertiesOf(r.query).filter((p) => ['date', 'from', 'to', 'period'].includes(p)) }))
        .filter((x) => x.params.length);
      expect(dated.length).toBeGreaterThanOrEqual(10);
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const { r, params } of dated) {
        const client = readers(r);
        for (const param of params) {
          const base = (BASE_QUERY[r.key] ?? '')
            .split('&')
            .filter((p) => p && !p.startsWith(`${param}=`))
            .join('&');
          for (const value of param === 'period' ? BAD_PERIODS : BAD_DATES) {
            const res = await client.get(`${concrete(r)}?${base ? `${base}&` : ''}${param}=${encodeURIComponent(value)}`);
            const named = (res.body.details ?? []).some((d: { field?: string }) => d.field === param);
            outcomes.push(`${r.key} ${param}=${value} → ${res.status}${named ? ` names ${param}` : ''}`);
            expected.push(`${r.key} ${param}=${value} → 400 names ${param}`);
          }
        }
      }
      expect(outcomes).toEqual(expected);
    });

    it('refuses ids in the path that are not database ids', async () => {
      const admin = clients.get(Admin) as ApiClient;
      for (const id of ['0', '-1', '1e3', '99999999999', '2147483648', 'abc', '1.5']) {
        const res = await admin.get(`/api/stores/${id}`);
        expect(`${id} → ${res.status} ${res.body.details?.[0]?.field}`).toBe(`${id} → 400 id`);
      }
      expect((await admin.get('/api/stores/2147483647')).status).toBe(404);
    });
  });

  it('keeps a sign-in possible for the demo users the suite used (nothing locked them out)', async () => {
    expect((await t.client().login('admin', DEMO_PASSWORD)).status).toBe(200);
  });
});
