import { ErrorMessage, s } from './define';

/** Facts, KPIs, the import jobs (their file problems are IMPORT_MESSAGES). */
export const KPI_ERRORS = {
  'kpi.period_and_range': { 'zh-CN': '请只给出期间或起止日期之一', en: 'give either period or from/to, not both' },
  'kpi.period_invalid': { 'zh-CN': (p) => `期间无效：${s(p, 'reason')}`, en: (p) => s(p, 'reason') },
  'kpi.range_required': { 'zh-CN': '未给出期间时必填', en: 'is required unless period is given' },
  'kpi.range_reversed': { 'zh-CN': '不能早于开始日期', en: 'must not be before from' },
  'kpi.day_range_too_long': {
    'zh-CN': (p) => `按日分组时日期范围不能超过 ${s(p, 'max')} 天`,
    en: (p) => `day needs a range of at most ${s(p, 'max')} days`,
  },
  'kpi.not_a_date': { 'zh-CN': (p) => `“${s(p, 'value')}”不是有效的日期`, en: (p) => `${s(p, 'value')} is not a calendar date` },
  'kpi.other_store': { 'zh-CN': '您只能查看自己门店的数据', en: 'You may not access this store' },
  'import.not_found': { 'zh-CN': (p) => `导入任务 ${s(p, 'id')} 不存在`, en: (p) => `Import ${s(p, 'id')} not found` },
  'import.mapping_not_object': { 'zh-CN': '必须是 JSON 对象', en: 'must be a JSON object' },
  'import.mapping_unknown_field': {
    'zh-CN': (p) => `“${s(p, 'field')}”（对应“${s(p, 'header')}”）不是可导入的字段`,
    en: (p) => `"${s(p, 'field')}" (for "${s(p, 'header')}") is not a field`,
  },
  'import.store_mapping_too_many': { 'zh-CN': '最多映射 1,000 个值', en: 'maps at most 1,000 values' },
  'import.store_mapping_bad_value': {
    'zh-CN': (p) => `“${s(p, 'value')}”不是有效的门店值（1–40 个字符）`,
    en: (p) => `"${s(p, 'value')}" is not a store value (1-40 characters)`,
  },
  'import.store_mapping_not_id': {
    'zh-CN': (p) => `“${s(p, 'value')}”对应的门店必须是门店 ID`,
    en: (p) => `the store for "${s(p, 'value')}" must be a store id`,
  },
  'import.file_required': { 'zh-CN': '请上传 CSV 或 XLSX 文件', en: 'a CSV or XLSX file is required' },
  file_empty: { 'zh-CN': '文件为空', en: 'is empty' },
  file_not_csv_or_xlsx: {
    'zh-CN': '既不是 CSV 文本（UTF-8 或 GBK）也不是 XLSX 工作簿',
    en: 'is neither CSV text (UTF-8 or GBK) nor an XLSX workbook',
  },
  'import.file_unreadable': { 'zh-CN': '无法读取', en: 'could not be read' },
  'import.not_csv_or_xlsx': { 'zh-CN': '文件既不是 CSV 文本也不是 XLSX 工作簿', en: 'The file is neither CSV text nor an XLSX workbook' },
} as const satisfies Record<string, ErrorMessage>;
