import { Workbook } from 'exceljs';
import request from 'supertest';
import { AuditEntryEntity } from '@storeops/api/audit';
import { InspectionEntity, InspectionTemplateEntity } from '@storeops/api/inspections';
import { InspectionTemplateResponse } from '@storeops/shared/contracts';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

/** Sections and items without ids: what a round trip must keep. */
function content(t: InspectionTemplateResponse) {
  return t.sections.map((s) => ({ title: s.title, items: s.items.map(({ id: _id, ...rest }) => rest) }));
}

describe('inspection templates: Excel export and import', () => {
  let t: TestApp;
  let ops: ApiClient;
  let admin: ApiClient;
  let specialist: ApiClient;
  let general: InspectionTemplateResponse;

  async function exportOf(client: ApiClient, id: number): Promise<request.Response> {
    return client.download(`/api/inspection-templates/${id}/export`);
  }

  async function exported(id: number): Promise<Buffer> {
    const res = await exportOf(ops, id);
    expect(res.status).toBe(200);
    return res.body as Buffer;
  }

  /** Opens an exported workbook, lets `edit` change cells of 检查表, and writes it back. */
  async function edited(file: Buffer, edit: (sheet: import('exceljs').Worksheet) => void): Promise<Buffer> {
    const workbook = new Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    edit(workbook.getWorksheet('检查表') as import('exceljs').Worksheet);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  const importSheet = (client: ApiClient, file: Buffer, name = 'template.xlsx') =>
    client.upload('/api/inspection-templates/import', { name, content: file });
  const templateCount = () => t.db.getRepository(InspectionTemplateEntity).count();
  const auditCount = () => t.db.getRepository(AuditEntryEntity).count();

  beforeAll(async () => {
    t = await startTestApp();
    ops = await t.as('ops');
    admin = await t.as('admin');
    specialist = await t.as('specialist');
    const list = (await ops.get('/api/inspection-templates')).body as InspectionTemplateResponse[];
    general = list.find((x) => x.code === 'STD-STORE') as InspectionTemplateResponse;
  });
  afterAll(() => t.close());

  it('exports the layout of 检查表 with a UTF-8 file name', async () => {
    const res = await exportOf(specialist, general.id);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`${general.name}-v${general.version}.xlsx`)}`,
    );
    expect(res.headers['content-disposition']).toContain(`filename="STD-STORE-v${general.version}.xlsx"`);

    const workbook = new Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('检查表');
    expect(sheet).toBeDefined();
    const row = (n: number, cells: number) => Array.from({ length: cells }, (_, i) => sheet?.getRow(n).getCell(i + 1).value ?? null);
    expect([row(1, 2), row(2, 2), row(3, 2), row(4, 2)]).toEqual([
      ['编码', 'STD-STORE'],
      ['名称', general.name],
      ['品类编码', ''],
      ['红线封顶分', general.criticalCap],
    ]);
    expect(row(6, 8)).toEqual(['分区', '检查项', '类型', '分值', '可不适用', '红线', '不合格需拍照', '整改期限(天)']);
    const items = general.sections.flatMap((s) => s.items.map((i) => ({ section: s.title, ...i })));
    const yn = (b: boolean) => (b ? '是' : '否');
    items.forEach((i, n) => {
      expect(row(7 + n, 8)).toEqual([
        i.section,
        i.title,
        i.kind === 'scale' ? '评分' : '是否',
        i.maxPoints,
        yn(i.allowNa),
        yn(i.critical),
        yn(i.photoOnFail),
        i.dueDays,
      ]);
    });
    expect(sheet?.getRow(7 + items.length).getCell(2).value ?? null).toBeNull();

    const fresh = ((await ops.get('/api/inspection-templates')).body as InspectionTemplateResponse[]).find(
      (x) => x.code === 'STD-FR',
    ) as InspectionTemplateResponse;
    const frBook = new Workbook();
    await frBook.xlsx.load((await exported(fresh.id)) as unknown as ArrayBuffer);
    expect(frBook.getWorksheet('检查表')?.getRow(3).getCell(2).value).toBe('FR');
  });

  it('a used version: export → import creates the next version with the same sections and items; the old one is kept', async () => {
    expect(await t.db.getRepository(InspectionEntity).countBy({ templateId: general.id })).toBeGreaterThan(0);
    const before = (await ops.get(`/api/inspection-templates/${general.id}`)).body as InspectionTemplateResponse;
    const res = await importSheet(ops, await exported(general.id), '五星门店营运标准.xlsx');
    expect(res.status).toBe(201);
    const next = res.body as InspectionTemplateResponse;
    expect(next.id).not.toBe(general.id);
    expect(next).toMatchObject({
      code: 'STD-STORE',
      version: general.version + 1,
      name: general.name,
      categoryId: null,
      criticalCap: general.criticalCap,
      starThresholds: general.starThresholds,
      active: true,
    });
    expect(content(next)).toEqual(content(general));
    expect((await ops.get(`/api/inspection-templates/${general.id}`)).body).toEqual(before);
    const latest = ((await ops.get('/api/inspection-templates')).body as InspectionTemplateResponse[]).find((x) => x.code === 'STD-STORE');
    expect(latest?.id).toBe(next.id);
    general = next;
  });

  it('an unused latest version: the import rewrites it in place (same id and version)', async () => {
    const category = await idOf(t, 'category', 'code', 'FR');
    const created = await admin.post('/api/inspection-templates', {
      code: 'XL-UNUSED',
      name: '生鲜 Excel 测试',
      categoryId: category,
      criticalCap: 50,
      sections: [
        {
          title: '温控',
          items: [
            { title: '冷柜温度达标', kind: 'pass_fail', maxPoints: 5, allowNa: false, critical: true, photoOnFail: true, dueDays: 1 },
            { title: '温度记录完整', kind: 'scale', maxPoints: 3, allowNa: true, critical: false, photoOnFail: false, dueDays: 7 },
          ],
        },
        {
          title: '陈列',
          items: [{ title: '果蔬分区陈列', kind: 'scale', maxPoints: 4, allowNa: false, critical: false, photoOnFail: true, dueDays: 3 }],
        },
      ],
    });
    expect(created.status).toBe(201);
    const original = created.body as InspectionTemplateResponse;

    const same = await importSheet(admin, await exported(original.id));
    expect(same.status).toBe(201);
    expect(same.body).toMatchObject({
      id: original.id,
      version: 1,
      code: 'XL-UNUSED',
      name: original.name,
      categoryId: category,
      criticalCap: 50,
    });
    expect(content(same.body)).toEqual(content(original));

    const changed = await edited(await exported(original.id), (sheet) => {
      sheet.getRow(8).getCell(2).value = '温度记录完整且签字';
      sheet.getRow(8).getCell(5).value = '否';
      sheet.getRow(9).getCell(8).value = 5;
    });
    const res = await importSheet(admin, changed);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: original.id, version: 1 });
    expect(res.body.sections[0].items[1]).toMatchObject({ title: '温度记录完整且签字', allowNa: false });
    expect(res.body.sections[1].items[0].dueDays).toBe(5);
    expect(await t.db.getRepository(InspectionTemplateEntity).countBy({ code: 'XL-UNUSED' })).toBe(1);
  });

  it('an unknown code starts a new family at version 1', async () => {
    const file = await edited(await exported(general.id), (sheet) => {
      sheet.getRow(1).getCell(2).value = 'XL-NEW';
      sheet.getRow(2).getCell(2).value = '导入的新标准';
    });
    const res = await importSheet(ops, file);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: 'XL-NEW', name: '导入的新标准', version: 1, categoryId: null });
    expect(content(res.body)).toEqual(content(general));
  });

  it('names every bad cell with its line and column, and saves nothing', async () => {
    const file = await edited(await exported(general.id), (sheet) => {
      sheet.getRow(7).getCell(3).value = '判断';
      sheet.getRow(9).getCell(4).value = 2.5;
    });
    const [templates, audits] = [await templateCount(), await auditCount()];
    const res = await importSheet(ops, file);
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      { line: 7, column: 'C', problem: expect.stringContaining('类型') },
      { line: 9, column: 'D', problem: expect.stringContaining('分值') },
    ]);
    expect(await templateCount()).toBe(templates);
    expect(await auditCount()).toBe(audits);
    expect((await ops.get(`/api/inspection-templates/${general.id}`)).body).toEqual(general);
  });

  it('refuses bad 是/否 cells, empty titles, an unknown category, 0 points, no items and more than 200 items', async () => {
    const base = await exported(general.id);
    const count = general.sections.flatMap((s) => s.items).length;
    const many = await edited(base, (sheet) => {
      sheet.getRow(3).getCell(2).value = 'NOPE';
      sheet.getRow(7).getCell(2).value = '';
      sheet.getRow(8).getCell(4).value = 0;
      sheet.getRow(8).getCell(6).value = 'Y';
    });
    const res = await importSheet(ops, many);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { line: number; column: string }) => `${d.line}${d.column}`).sort()).toEqual(['3B', '7B', '8D', '8F']);

    const empty = await edited(base, (sheet) => {
      for (let line = 7; line < 7 + count; line++) sheet.spliceRows(7, 1);
    });
    const none = await importSheet(ops, empty);
    expect(none.status).toBe(400);
    expect(none.body.details).toEqual([{ line: 7, column: 'B', problem: expect.stringContaining('no items') }]);

    const tooMany = await edited(base, (sheet) => {
      for (let n = 0; n < 201; n++)
        sheet.getRow(7 + n).values = [`分区${Math.floor(n / 10)}`, `检查项 ${n}`, '是否', 1, '否', '否', '否', 3];
    });
    const big = await importSheet(ops, tooMany);
    expect(big.status).toBe(400);
    expect(big.body.details).toEqual([{ line: 207, column: 'B', problem: expect.stringContaining('200') }]);
    expect((await ops.get(`/api/inspection-templates/${general.id}`)).body).toEqual(general);
  });

  it('refuses a text file with 415, a JSON body with 415 and a missing file with 400', async () => {
    const templates = await templateCount();
    const text = await importSheet(ops, Buffer.from('编码,STD-STORE\n名称,文本\n'), 'template.xlsx');
    expect(text.status).toBe(415);
    expect((await ops.post('/api/inspection-templates/import', {})).status).toBe(415);
    const missing = await ops.form('/api/inspection-templates/import', { note: 'no file' });
    expect(missing.status).toBe(400);
    expect(await templateCount()).toBe(templates);
  });

  it('only ops managers and admins import; store managers do not export', async () => {
    expect((await importSheet(specialist, await exported(general.id))).status).toBe(403);
    const manager = await t.as('manager');
    expect((await exportOf(manager, general.id)).status).toBe(403);
  });
});
