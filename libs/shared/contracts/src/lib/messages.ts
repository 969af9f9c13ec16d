import { ImportField } from './facts';

/**
 * Problems are kept as a stable code with parameters and put into words when they are answered, in the caller's
 * language (Accept-Language: zh-CN by default, en). The web shows `problem` as it comes.
 */
export type Lang = 'zh-CN' | 'en';
export type MessageParams = Record<string, string | number>;
type Message = Record<Lang, (p: MessageParams) => string>;

/** The first language of an Accept-Language header that we speak; zh-CN when none is. */
export function langOf(acceptLanguage: string | null | undefined): Lang {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, Record<Lang, string>>> = {
  date: { 'zh-CN': '日期', en: 'date' },
  store_code: { 'zh-CN': '门店编码', en: 'store code' },
  category_code: { 'zh-CN': '品类编码', en: 'category code' },
  sales: { 'zh-CN': '销售额', en: 'sales' },
  cost: { 'zh-CN': '成本', en: 'cost' },
  shrink: { 'zh-CN': '损耗', en: 'shrink' },
  transactions: { 'zh-CN': '来客数', en: 'transactions' },
  labour_hours: { 'zh-CN': '工时', en: 'labour hours' },
  open: { 'zh-CN': '营业', en: 'open' },
};

const field = (p: MessageParams, lang: Lang) => IMPORT_FIELD_LABELS[p['field'] as ImportField]?.[lang] ?? String(p['field']);

/** Every problem an import can report. */
export const IMPORT_MESSAGES: Readonly<Record<string, Message>> = {
  empty: { 'zh-CN': () => '不能为空', en: () => 'is empty' },
  not_a_date: {
    'zh-CN': (p) => `“${p['value']}”不是日期（可用 2026-03-01、2026/3/1、31.07.2015 等）`,
    en: (p) => `"${p['value']}" is not a date (use 2026-03-01, 2026/3/1, 31.07.2015 …)`,
  },
  not_calendar_date: { 'zh-CN': (p) => `“${p['value']}”不是有效的日期`, en: (p) => `"${p['value']}" is not a calendar date` },
  date_ambiguous: {
    'zh-CN': (p) => `“${p['value']}”无法判断是日/月/年还是月/日/年：请在映射步骤选择日期顺序`,
    en: (p) => `"${p['value']}" could be day/month or month/day: choose the date order in the mapping step`,
  },
  date_order_mismatch: {
    'zh-CN': (p) => `“${p['value']}”与本列的日期顺序（如 ${p['order']}）不符`,
    en: (p) => `"${p['value']}" contradicts the column's date order (like ${p['order']})`,
  },
  not_a_number: { 'zh-CN': (p) => `“${p['value']}”不是数字`, en: (p) => `"${p['value']}" is not a number` },
  number_style_mismatch: {
    'zh-CN': (p) => `“${p['value']}”与本列的数字格式（如 ${p['style']}）不符：请核对小数点与千位分隔符`,
    en: (p) => `"${p['value']}" contradicts the column's number style (like ${p['style']}): check the decimal and thousands separators`,
  },
  too_many_decimals: { 'zh-CN': (p) => `“${p['value']}”超过两位小数`, en: (p) => `"${p['value']}" has more than 2 decimals` },
  negative: { 'zh-CN': (p) => `“${p['value']}”不能为负数`, en: (p) => `"${p['value']}" must not be negative` },
  too_large: { 'zh-CN': (p) => `“${p['value']}”过大`, en: (p) => `"${p['value']}" is too large` },
  not_whole: { 'zh-CN': (p) => `“${p['value']}”不是整数`, en: (p) => `"${p['value']}" is not a whole number` },
  not_open_flag: {
    'zh-CN': (p) => `“${p['value']}”不是营业标记（可用 1/0、是/否、营业/闭店、true/false）`,
    en: (p) => `"${p['value']}" is not an open flag (use 1/0, 是/否, 营业/闭店, true/false)`,
  },
  closed_with_sales: {
    'zh-CN': (p) => `闭店日的销售额应为 0 或空，这里是“${p['value']}”`,
    en: (p) => `a closed day's sales must be 0 or empty, not "${p['value']}"`,
  },
  cost_without_sales_value: {
    'zh-CN': () => '有成本或损耗时销售额不能为空',
    en: () => 'sales must not be empty when cost or shrink is given',
  },
  unknown_store: {
    'zh-CN': (p) => `未知的门店编码“${p['value']}”：在映射步骤对应到门店，或先建门店`,
    en: (p) => `unknown store code "${p['value']}": map it to a store in the mapping step, or create the store`,
  },
  unknown_category: { 'zh-CN': (p) => `未知的品类编码“${p['value']}”`, en: (p) => `unknown category code "${p['value']}"` },
  duplicate_key_category: {
    'zh-CN': (p) => `与第 ${p['firstLine']} 行的日期、门店和品类相同`,
    en: (p) => `the same date, store and category as line ${p['firstLine']}`,
  },
  duplicate_key_store: {
    'zh-CN': (p) => `与第 ${p['firstLine']} 行的日期和门店相同`,
    en: (p) => `the same date and store as line ${p['firstLine']}`,
  },
  no_rows: { 'zh-CN': () => '文件只有表头，没有数据行', en: () => 'the file has a header row but no data rows' },
  header_duplicate: {
    'zh-CN': (p) => `“${p['header']}”是${field(p, 'zh-CN')}的第二列`,
    en: (p) => `"${p['header']}" is a second column for ${field(p, 'en')}`,
  },
  missing_field: {
    'zh-CN': (p) => `文件中没有${field(p, 'zh-CN')}列（可识别的表头：${p['aliases']}）：请在映射步骤指定`,
    en: (p) => `no column for ${field(p, 'en')} (${p['aliases']}): choose one in the mapping step`,
  },
  mapping_unknown_column: {
    'zh-CN': (p) => `映射中的列“${p['header']}”在文件中不存在`,
    en: (p) => `the mapping names a column "${p['header']}" that the file does not have`,
  },
  field_not_in_kind: {
    'zh-CN': (p) => `“${p['header']}”对应的${field(p, 'zh-CN')}不属于这类文件`,
    en: (p) => `"${p['header']}": ${field(p, 'en')} is not a field of this kind of file`,
  },
  store_file_no_measure: {
    'zh-CN': () => '门店文件至少需要一项指标（销售额、成本、损耗、来客数、工时或营业）',
    en: () => 'a store file needs at least one measure (sales, cost, shrink, transactions, labour hours or open)',
  },
  cost_without_sales: {
    'zh-CN': () => '门店文件有成本或损耗列时也需要销售额列',
    en: () => 'a store file with cost or shrink needs a sales column too',
  },
  store_mapping_unknown_store: {
    'zh-CN': (p) => `“${p['value']}”要对应的门店 ${p['storeId']} 不存在`,
    en: (p) => `store ${p['storeId']} for "${p['value']}" does not exist`,
  },
  store_mapping_taken: {
    'zh-CN': (p) => `“${p['value']}”已是门店 ${p['store']} 的编码`,
    en: (p) => `"${p['value']}" is already a code of store ${p['store']}`,
  },
  file_empty: { 'zh-CN': () => '文件是空的', en: () => 'the file is empty' },
  not_csv_or_xlsx: {
    'zh-CN': () => '文件既不是 CSV 文本也不是 XLSX 工作簿',
    en: () => 'the file is neither CSV text nor an XLSX workbook',
  },
  no_sheet: { 'zh-CN': () => '工作簿没有工作表', en: () => 'the workbook has no sheet' },
  sheet_empty: { 'zh-CN': () => '第一个工作表是空的', en: () => 'the first sheet is empty' },
  csv_unclosed_quote: {
    'zh-CN': (p) => `第 ${p['line']} 行开始的引号没有闭合`,
    en: (p) => `a quoted field opened on line ${p['line']} is never closed`,
  },
  unreadable: { 'zh-CN': () => '文件无法按 CSV 或 XLSX 读取', en: () => 'the file could not be read as CSV or XLSX' },
  workbook_limit: {
    'zh-CN': (p) => `工作簿超出读取限制：${p['problem']}`,
    en: (p) => `the workbook breaks a reading limit: ${p['problem']}`,
  },
  file_gone: { 'zh-CN': () => '上传的文件已不在，请重新导入', en: () => 'the uploaded file is gone; import it again' },
  interrupted: { 'zh-CN': () => '导入因服务重启而中断，请重新导入该文件', en: () => 'interrupted by a restart; import the file again' },
  apply_failed: {
    'zh-CN': () => '写入失败，没有保存任何数据；请重试',
    en: () => 'writing the facts failed and nothing was saved; try again',
  },
};

/** What a group of problems of one code is called ("未知的门店编码 × 45,812"). */
const GROUP_TITLES: Readonly<Record<string, Record<Lang, string>>> = {
  empty: { 'zh-CN': '为空', en: 'empty' },
  not_a_date: { 'zh-CN': '不是日期', en: 'not a date' },
  not_calendar_date: { 'zh-CN': '无效的日期', en: 'not a calendar date' },
  date_ambiguous: { 'zh-CN': '日月顺序无法确定（请选择日期顺序）', en: 'day/month order unknown (choose the date order)' },
  date_order_mismatch: { 'zh-CN': '与本列的日期顺序不符', en: "contradicts the column's date order" },
  not_a_number: { 'zh-CN': '不是数字', en: 'not a number' },
  number_style_mismatch: { 'zh-CN': '与本列的数字格式不符', en: "contradicts the column's number style" },
  too_many_decimals: { 'zh-CN': '超过两位小数', en: 'more than 2 decimals' },
  negative: { 'zh-CN': '不能为负数', en: 'negative' },
  too_large: { 'zh-CN': '数值过大', en: 'too large' },
  not_whole: { 'zh-CN': '不是整数', en: 'not a whole number' },
  not_open_flag: { 'zh-CN': '不是营业标记', en: 'not an open flag' },
  closed_with_sales: { 'zh-CN': '闭店日有销售额', en: 'sales on a closed day' },
  cost_without_sales_value: { 'zh-CN': '有成本或损耗而无销售额', en: 'cost or shrink without sales' },
  unknown_store: { 'zh-CN': '未知的门店编码', en: 'unknown store code' },
  unknown_category: { 'zh-CN': '未知的品类编码', en: 'unknown category code' },
  duplicate_key_category: { 'zh-CN': '日期、门店和品类重复', en: 'repeated date, store and category' },
  duplicate_key_store: { 'zh-CN': '日期和门店重复', en: 'repeated date and store' },
};

export function importGroupTitle(code: string, lang: Lang): string {
  return GROUP_TITLES[code]?.[lang] ?? importMessage(code, {}, lang);
}

/** A problem in words, in the caller's language; the code itself when it is unknown. */
export function importMessage(code: string, params: MessageParams, lang: Lang): string {
  const message = IMPORT_MESSAGES[code];
  return message ? message[lang](params) : code;
}

/** A cell problem names its column's header (or the field) before the problem, as the error table shows it. */
export function cellMessage(header: string, code: string, params: MessageParams, lang: Lang): string {
  return `${header}: ${importMessage(code, params, lang)}`;
}
