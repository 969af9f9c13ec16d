import { ApiError } from '@storeops/shared/contracts';
import { ApiClient, startTestApp, TestApp } from './test-app';

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
