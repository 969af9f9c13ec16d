import { ErrorMessage, s } from './define';

/** Price checks 进售价检查, the price-change file, and quality checks 商品质量检查. */
export const PRICE_CHECK_ERRORS = {
  'price_check.not_found': { 'zh-CN': (p) => `价格检查 ${s(p, 'id')} 不存在`, en: (p) => `Price check ${s(p, 'id')} does not exist` },
  'price_check.not_your_store': { 'zh-CN': '这是其他门店的检查', en: "This check is another store's" },
  'price_check.store_unknown': { 'zh-CN': (p) => `门店 ${s(p, 'id')} 不存在`, en: (p) => `Store ${s(p, 'id')} does not exist` },
  'price_check.checked_in_future': { 'zh-CN': '检查时间不能晚于现在', en: 'must not be in the future' },
  'price_check.sku_repeated': {
    'zh-CN': (p) => `商品编码 ${s(p, 'value')} 重复（第 ${s(p, 'first')} 行已有）`,
    en: (p) => `SKU ${s(p, 'value')} is repeated (already in row ${s(p, 'first')})`,
  },
  'price_check.settings_changed': {
    'zh-CN': '设置已被他人修改，请刷新后再保存',
    en: 'The settings were changed by someone else; reload and save again',
  },
  'price_change.file_invalid': {
    'zh-CN': '调价文件有错误，未导入任何数据',
    en: 'The price-change file has errors; nothing was imported',
  },
  'price_change.file_type': { 'zh-CN': '请上传 Excel（.xlsx）或 CSV 文件', en: 'Upload an Excel (.xlsx) or CSV file' },
  'price_change.file_required': { 'zh-CN': '请选择文件（字段 file）', en: 'A file is required (field file)' },
  'price_change.file_empty': { 'zh-CN': '文件没有数据行', en: 'The file has no data rows' },
  'price_change.too_many_rows': {
    'zh-CN': (p) => `最多 ${s(p, 'max')} 行`,
    en: (p) => `At most ${s(p, 'max')} rows`,
  },
  'price_change.column_missing': {
    'zh-CN': (p) => `缺少列：${s(p, 'column')}`,
    en: (p) => `Column missing: ${s(p, 'column')}`,
  },
  'price_change.required': { 'zh-CN': '必填', en: 'is required' },
  'price_change.sku_format': {
    'zh-CN': '商品编码只能是字母、数字或横线，最多 32 位',
    en: 'a SKU is letters, digits or dashes, at most 32',
  },
  'price_change.store_unknown': {
    'zh-CN': (p) => `门店编码 ${s(p, 'value')} 不存在（全部门店请填"全部"）`,
    en: (p) => `Store code ${s(p, 'value')} does not exist (write 全部 or all for every store)`,
  },
  'price_change.price_invalid': {
    'zh-CN': (p) => `"${s(p, 'value')}" 不是价格（元，最多两位小数，如 12.50 或 12,50）`,
    en: (p) => `"${s(p, 'value')}" is not a price (yuan, at most 2 decimals: 12.50 or 12,50)`,
  },
  'price_change.date_invalid': {
    'zh-CN': (p) => `"${s(p, 'value')}" 不是日期（如 2026-11-18、2026/11/18、18.11.2026）`,
    en: (p) => `"${s(p, 'value')}" is not a date (2026-11-18, 2026/11/18, 18.11.2026)`,
  },
  'price_change.date_ambiguous': {
    'zh-CN': (p) => `"${s(p, 'value')}" 的日月顺序不明，请写成 年-月-日`,
    en: (p) => `"${s(p, 'value')}" could be day/month or month/day: write it year-month-day`,
  },
  'price_change.duplicate_row': {
    'zh-CN': (p) => `与第 ${s(p, 'first')} 行重复（同一商品、门店、日期）`,
    en: (p) => `repeats line ${s(p, 'first')} (same SKU, store and date)`,
  },
  'quality_check.not_found': { 'zh-CN': (p) => `质量检查 ${s(p, 'id')} 不存在`, en: (p) => `Quality check ${s(p, 'id')} does not exist` },
  'quality_check.supplier_unknown': { 'zh-CN': (p) => `供应商 ${s(p, 'id')} 不存在`, en: (p) => `Supplier ${s(p, 'id')} does not exist` },
  'quality_check.reading_required': { 'zh-CN': '冷链检查须填写温度', en: 'a cold-chain finding needs its temperature' },
  'quality_check.limits_required': { 'zh-CN': '温度须填写上限或下限', en: 'a temperature needs a lower or an upper limit' },
  'quality_check.limits_reversed': { 'zh-CN': '下限不能高于上限', en: 'the lower limit must not be above the upper limit' },
} satisfies Record<string, ErrorMessage>;
