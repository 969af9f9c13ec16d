import { randomUUID } from 'node:crypto';
import { clock } from '@storeops/api/core';
import { ApiError, InspectionTemplateResponse } from '@storeops/shared/contracts';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

/** Issue 12 §7: every error detail carries a stable code and params; message and problem follow Accept-Language. */
describe('errors in the caller’s language', () => {
  let t: TestApp;
  let ops: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await t.as('ops');
  });
  afterAll(() => t.close());

  const inLang = (lang: string | null, method: 'get' | 'post', path: string, body?: object) =>
    ops.send(method, path, body, lang ? { headers: { 'Accept-Language': lang } } : {});
  const codes = (e: ApiError) => e.details.map((d) => ({ field: d.field, code: d.code, params: d.params }));
  const HAN = /[\u4e00-\u9fff]/;

  it('the same bad request gives the same codes and params in zh-CN and en, with the texts in each language', async () => {
    const bad = { year: 2027, metric: 'sales', total: 100.5, method: 'magic', colour: 'red' };
    const zh = (await inLang('zh-CN,zh;q=0.9', 'post', '/api/target-decompositions', bad)).body as ApiError;
    const en = (await inLang('en-US,en;q=0.8', 'post', '/api/target-decompositions', bad)).body as ApiError;
    const none = (await inLang(null, 'post', '/api/target-decompositions', bad)).body as ApiError;
    expect(zh.statusCode).toBe(400);
    expect(codes(zh)).toEqual(codes(en));
    expect(codes(zh)).toEqual(
      expect.arrayContaining([
        { field: 'colour', code: 'validation.whitelistValidation', params: {} },
        { field: 'total', code: 'validation.isInt', params: {} },
        { field: 'method', code: 'validation.isIn', params: { values: 'last_year, area, equal, manual' } },
      ]),
    );
    expect(zh).toMatchObject({ code: 'request.invalid', message: '请求内容有误，请检查标出的项' });
    expect(en).toMatchObject({ code: 'request.invalid', message: 'Invalid request' });
    for (const d of zh.details) {
      expect(d.problem).toMatch(HAN);
      expect(d.problem.startsWith(d.field ?? '')).toBe(true);
    }
    expect(zh.details.find((d) => d.field === 'method')?.problem).toBe('method 必须是以下之一：last_year, area, equal, manual');
    for (const d of en.details) expect(d.problem).not.toMatch(HAN);
    // zh-CN is the default.
    expect(none).toEqual(zh);
  });

  it('a service’s own error: 404 and 409 with codes, Chinese by default, English on request', async () => {
    const zh = (await inLang(null, 'get', '/api/target-decompositions/999999')).body as ApiError;
    const en = (await inLang('en', 'get', '/api/target-decompositions/999999')).body as ApiError;
    expect(zh).toMatchObject({ statusCode: 404, code: 'targets.not_found', message: '指标分解 999999 不存在' });
    expect(en).toMatchObject({ statusCode: 404, code: 'targets.not_found', message: 'Target decomposition 999999 not found' });

    const draft = (await ops.post('/api/target-decompositions', { year: 2030, metric: 'sales', total: 100_000, method: 'equal' })).body;
    const cell = draft.cells[0];
    const edited = await ops.patch(`/api/target-decompositions/${draft.id}/cells`, {
      cells: [{ ...cell, value: cell.value + 12_345 }],
      reason: '',
      version: draft.version,
    });
    const publish = (lang: string | null) =>
      inLang(lang, 'post', `/api/target-decompositions/${draft.id}/publish`, { version: edited.body.version });
    const [zh409, en409] = [(await publish(null)).body as ApiError, (await publish('en')).body as ApiError];
    expect(codes(zh409)).toEqual(codes(en409));
    expect(zh409.details[0]).toMatchObject({
      code: 'targets.total_difference',
      params: { oldTotal: 100_000, newTotal: 112_345, difference: 12_345, money: 1 },
      problem: '门店合计 ¥1,123.45 与公司目标 ¥1,000.00 相差 ¥123.45：请选择在未锁定门店间重新平衡，或采用新合计作为公司目标（须填写原因）',
    });
    expect(zh409.message).toMatch(HAN);
    expect(en409.message).toBe('The stores no longer add up to the company target: rebalance the unlocked stores, or adopt the new total');
  });

  it('a route that does not exist and a refused role read in Chinese too', async () => {
    const missing = (await inLang(null, 'get', '/api/no-such-thing')).body as ApiError;
    expect(missing).toMatchObject({ statusCode: 404, code: 'http.route_not_found', message: '没有这个接口' });
    const manager = await t.as('manager');
    const refused = (await manager.get('/api/target-decompositions')).body as ApiError;
    expect(refused.statusCode).toBe(403);
    expect(refused.message).toMatch(HAN);
  });
});

/** Issue 12 §7 for inspections and suppliers: each service's errors carry codes, worded in the caller's language. */
describe('inspections’ and suppliers’ errors in the caller’s language', () => {
  const HAN = /[\u4e00-\u9fff]/;
  const CHECKLIST = { qualification: true, price: true, paymentDays: true, rebate: true, liability: true };
  let t: TestApp;
  /** A client of each role used below, by username; `en` is the same session asking for English. */
  const zh = new Map<string, ApiClient>();
  const en = new Map<string, ApiClient>();
  let fixtures: { storeId: number; templateId: number; templateItems: object[]; opsId: number; supplierId: number };
  let draftId: number;
  let approvedId: number;

  beforeAll(async () => {
    t = await startTestApp();
    for (const username of ['specialist', 'ops', 'buyer', 'office']) {
      const client = await t.as(username);
      zh.set(username, client);
      const english = Object.assign(Object.create(Object.getPrototypeOf(client)), client) as ApiClient;
      en.set(username, english.inEnglish());
    }
    const specialist = zh.get('specialist') as ApiClient;
    const buyer = zh.get('buyer') as ApiClient;
    const office = zh.get('office') as ApiClient;
    const templates = (await specialist.get('/api/inspection-templates')).body as InspectionTemplateResponse[];
    const general = templates.find((x) => x.code === 'STD-STORE') as InspectionTemplateResponse;
    const supplier = await buyer.post('/api/suppliers', {
      code: 'T-LANG',
      name: '语言测试',
      creditCode: '91350100M000100Y43',
      categoryIds: [],
    });
    expect(supplier.status).toBe(201);
    fixtures = {
      storeId: await idOf(t, 'store', 'code', 'BJ001'),
      templateId: general.id,
      templateItems: general.sections.flatMap((s) =>
        s.items.map((i) =>
          i.kind === 'scale' ? { itemId: i.id, result: 'score', points: i.maxPoints } : { itemId: i.id, result: 'pass' },
        ),
      ),
      opsId: await idOf(t, 'app_user', 'username', 'ops'),
      supplierId: supplier.body.id,
    };
    const day = (offset: number) => new Date(clock.ms() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    const contract = (n: number) => ({
      supplierId: fixtures.supplierId,
      kind: 'promotion',
      title: `语言测试合同 ${n}`,
      startDate: day(100 * n),
      endDate: day(100 * n + 30),
      paymentDays: 30,
      rebateRate: 1,
      amount: 100_00,
      storeIds: [fixtures.storeId],
      clauses: [{ text: '到货率', commitment: '≥ 95 %' }],
    });
    draftId = (await buyer.post('/api/contracts', contract(1))).body.id;
    approvedId = (await buyer.post('/api/contracts', contract(2))).body.id;
    expect((await buyer.post(`/api/contracts/${approvedId}/transitions`, { action: 'submit' })).status).toBe(200);
    expect((await office.post(`/api/contracts/${approvedId}/transitions`, { action: 'approve', checklist: CHECKLIST })).status).toBe(200);
  });
  afterAll(() => t.close());

  interface Case {
    /** The service and the error. */
    name: string;
    as: string;
    request: (client: ApiClient) => Promise<{ status: number; body: ApiError }>;
    status: number;
    code: string;
    /** The first detail: its field, code and params; absent for an error that is its message alone. */
    detail?: { field: string; code: string; params: object };
    zhMessage?: string;
    zhProblem?: string;
  }
  const key = () => ({ headers: { 'Idempotency-Key': randomUUID() } });
  const CASES: Case[] = [
    {
      name: 'template: an unknown id',
      as: 'ops',
      request: (c) => c.get('/api/inspection-templates/999999'),
      status: 404,
      code: 'template.not_found',
      zhMessage: '检查表 999999 不存在',
    },
    {
      name: 'inspection submit: no signature, no on-duty name',
      as: 'specialist',
      request: (c) =>
        c.send(
          'post',
          '/api/inspections',
          { storeId: fixtures.storeId, categoryId: null, templateId: fixtures.templateId, results: fixtures.templateItems },
          key(),
        ),
      status: 400,
      code: 'request.invalid',
      detail: { field: 'signaturePhotoId', code: 'inspection.signature_required', params: {} },
      zhProblem: '本检查表要求值班人签名后才能提交',
    },
    {
      name: 'inspection submit: a plan that does not exist',
      as: 'specialist',
      request: (c) =>
        c.send(
          'post',
          '/api/inspections',
          {
            storeId: fixtures.storeId,
            categoryId: null,
            templateId: fixtures.templateId,
            results: fixtures.templateItems,
            planItemId: 999_999,
          },
          key(),
        ),
      status: 400,
      code: 'request.invalid',
      detail: { field: 'planItemId', code: 'inspection.plan_mismatch', params: { planId: 999_999, reason: 'missing' } },
      zhProblem: '计划 999999 不存在',
    },
    {
      name: 'plan: someone who is not a specialist',
      as: 'ops',
      request: (c) =>
        c.post('/api/inspection-plans', {
          specialistId: fixtures.opsId,
          categoryId: null,
          frequency: 'monthly',
          storeIds: [fixtures.storeId],
        }),
      status: 400,
      code: 'request.invalid',
      // Read when the case runs, after beforeAll.
      get detail() {
        return { field: 'specialistId', code: 'plan.not_a_specialist', params: { userId: fixtures.opsId } };
      },
    },
    {
      name: 'corrective action: bulk verify of an unknown id',
      as: 'ops',
      request: (c) => c.post('/api/corrective-actions/verify', { ids: [999_999], accepted: true }),
      status: 400,
      code: 'corrective_action.nothing_verified',
      detail: { field: 'ids[0]', code: 'corrective_action.not_found', params: { id: 999_999 } },
      zhProblem: '整改项 999999 不存在',
    },
    {
      name: 'photo: a file that is not an image',
      as: 'specialist',
      request: (c) => c.upload('/api/photos', { name: 'x.jpg', content: Buffer.from('not an image') }),
      status: 415,
      code: 'photo.not_image',
      zhMessage: '只接受 JPEG、PNG 和 WebP 图片',
    },
    {
      name: 'supplier: a credit code with the wrong check digit',
      as: 'buyer',
      request: (c) => c.post('/api/suppliers', { code: 'T-LANG-2', name: 'x', creditCode: '91350100M000100Y44', categoryIds: [] }),
      status: 400,
      code: 'request.invalid',
      detail: { field: 'creditCode', code: 'supplier.credit_code_check', params: { actual: '4', expected: '3' } },
      zhProblem: '统一社会信用代码校验码为 4，应为 3',
    },
    {
      name: 'contract transition: approving a draft',
      as: 'office',
      request: (c) => c.post(`/api/contracts/${draftId}/transitions`, { action: 'approve', checklist: CHECKLIST }),
      status: 409,
      code: 'contract.wrong_state',
      detail: { field: 'action', code: 'contract.allowed_from', params: { status: 'draft', allowed: 'submit' } },
      zhMessage: '草稿状态的合同不能审核通过',
      zhProblem: '可进行：提交审核',
    },
    {
      name: 'sign: without the signing day, signatory and scan',
      as: 'office',
      request: (c) => c.post(`/api/contracts/${approvedId}/transitions`, { action: 'sign' }),
      status: 400,
      code: 'request.invalid',
      detail: { field: 'signedAt', code: 'contract.sign_field_required', params: { field: 'signedAt' } },
      zhProblem: '登记签订须填写签订日期',
    },
    {
      name: 'licence: valid to before valid from',
      as: 'office',
      request: (c) =>
        c.post('/api/licences', {
          ownerKind: 'supplier',
          supplierId: fixtures.supplierId,
          type: '食品经营许可证',
          number: 'JY-1',
          validFrom: '2027-01-10',
          validTo: '2027-01-01',
        }),
      status: 400,
      code: 'request.invalid',
      detail: { field: 'validTo', code: 'licence.before_valid_from', params: { value: '2027-01-10' } },
      zhProblem: '有效期至不能早于 2027-01-10',
    },
    {
      name: 'clause check: on a contract that is not in force',
      as: 'office',
      request: (c) => c.post(`/api/contracts/${draftId}/clause-checks`, { clauseId: 1, period: '2026-10', result: 'met' }),
      status: 409,
      code: 'http.conflict',
      detail: { field: 'status', code: 'contract.clause_check_status', params: { status: 'draft' } },
    },
  ];

  it.each(CASES.map((c) => [c.name, c] as const))('%s: Chinese by default, English on request, same codes', async (_, c) => {
    const zhRes = await c.request(zh.get(c.as) as ApiClient);
    const enRes = await c.request(en.get(c.as) as ApiClient);
    for (const res of [zhRes, enRes]) {
      expect(res.status).toBe(c.status);
      expect(res.body.code).toBe(c.code);
    }
    expect(zhRes.body.message).toMatch(HAN);
    expect(enRes.body.message).not.toMatch(HAN);
    if (c.zhMessage) expect(zhRes.body.message).toBe(c.zhMessage);
    const codes = (e: ApiError) => e.details.map((d) => ({ field: d.field, code: d.code, params: d.params }));
    expect(codes(zhRes.body)).toEqual(codes(enRes.body));
    if (!c.detail) return;
    expect(zhRes.body.details[0]).toMatchObject({
      field: c.detail.field,
      code: c.detail.code,
      params: expect.objectContaining(c.detail.params),
    });
    for (const d of zhRes.body.details) expect(d.problem).toMatch(HAN);
    for (const d of enRes.body.details) expect(d.problem).not.toMatch(HAN);
    if (c.zhProblem) expect(zhRes.body.details[0].problem).toBe(c.zhProblem);
  });

  it('a store manager asking for another store’s inspection is refused in Chinese, and in English on request', async () => {
    const other = (await t.db.query(`SELECT "id" FROM "inspection" WHERE "storeId" <> ${fixtures.storeId} LIMIT 1`))[0];
    expect(other).toBeDefined();
    const manager = await t.as('manager');
    const zhRes = await manager.get(`/api/inspections/${other.id}`);
    const enRes = await manager.inEnglish().get(`/api/inspections/${other.id}`);
    expect([zhRes.status, zhRes.body.code, zhRes.body.message]).toEqual([403, 'auth.other_store', '此记录属于其他门店']);
    expect([enRes.status, enRes.body.code, enRes.body.message]).toEqual([403, 'auth.other_store', 'This record belongs to another store']);
  });
});
