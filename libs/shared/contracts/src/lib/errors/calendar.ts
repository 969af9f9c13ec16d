import { ErrorMessage, s } from './define';

/** The working calendar. */
export const CALENDAR_ERRORS = {
  'calendar.day_outside_year': {
    'zh-CN': (p) => `${s(p, 'date')} 不在 ${s(p, 'year')} 年内`,
    en: (p) => `${s(p, 'date')} is not in ${s(p, 'year')}`,
  },
  'calendar.day_twice': { 'zh-CN': (p) => `${s(p, 'date')} 重复出现`, en: (p) => `${s(p, 'date')} is listed twice` },
  'calendar.makeup_not_weekend': {
    'zh-CN': (p) => `${s(p, 'date')} 不是周六或周日，不能设为调休上班日`,
    en: (p) => `${s(p, 'date')} is not a Saturday or Sunday, so it cannot be a make-up working day`,
  },
  'calendar.add_one_measure': {
    'zh-CN': '请给出工作日数或工作小时数中的一项',
    en: 'give either workingDays or workingHours',
  },
  'calendar.hours_time_format': { 'zh-CN': '时间应为 HH:MM（如 09:00）', en: 'times are HH:MM (09:00)' },
  'calendar.hours_start_after_end': { 'zh-CN': '下班时间必须晚于上班时间', en: 'the working day must end after it starts' },
  'calendar.hours_lunch_incomplete': { 'zh-CN': '午休需同时填写开始和结束时间', en: 'a lunch break needs both its start and its end' },
  'calendar.hours_lunch_outside_hours': {
    'zh-CN': '午休必须在上下班时间之内，且开始早于结束',
    en: 'the lunch break must lie inside the working hours and start before it ends',
  },
  'calendar.closure_ends_before_start': {
    'zh-CN': (p) => `结束日期 ${s(p, 'to')} 早于开始日期 ${s(p, 'from')}`,
    en: (p) => `the last day ${s(p, 'to')} is before the first ${s(p, 'from')}`,
  },
  'calendar.closure_too_long': { 'zh-CN': (p) => `停业期最长 ${s(p, 'max')} 天`, en: (p) => `a closure lasts at most ${s(p, 'max')} days` },
  'calendar.import_not_sheet': {
    'zh-CN': '请上传 .xlsx 或 .csv 文件（列：日期、类型、名称）',
    en: 'upload an .xlsx or .csv file (columns: date, type, name)',
  },
  'calendar.sheet_bad_date': {
    'zh-CN': (p) => `日期“${s(p, 'value')}”无法识别（如 2027-10-01、2027/10/1、2027年10月1日，或 2027-10-01~2027-10-07）`,
    en: (p) => `cannot read the date "${s(p, 'value')}" (2027-10-01, 2027/10/1, or a span 2027-10-01~2027-10-07)`,
  },
  'calendar.sheet_bad_type': {
    'zh-CN': (p) => `类型“${s(p, 'value')}”应为 放假 或 上班（调休）`,
    en: (p) => `type "${s(p, 'value')}" must be 放假 (holiday) or 上班 (make-up working day)`,
  },
  'calendar.sheet_day_twice': {
    'zh-CN': (p) => `${s(p, 'date')} 已在第 ${s(p, 'line')} 行出现`,
    en: (p) => `${s(p, 'date')} is already on line ${s(p, 'line')}`,
  },
  'calendar.import_empty': { 'zh-CN': '文件里没有任何日期', en: 'the file lists no days' },
  'alert.not_found': {
    'zh-CN': (p) => `没有您的提醒 ${s(p, 'key')}（可能已处理完毕）`,
    en: (p) => `no alert ${s(p, 'key')} of yours (it may have been dealt with)`,
  },
  'alert.snooze_not_ahead': { 'zh-CN': '暂缓到的时间必须晚于现在', en: 'snooze until a time after now' },
  'alert.snooze_past_due': {
    'zh-CN': (p) => `暂缓不能超过截止时间 ${s(p, 'dueAt')}`,
    en: (p) => `a snooze cannot go past the deadline ${s(p, 'dueAt')}`,
  },
  'alert.escalation_role_cannot_see': {
    'zh-CN': (p) => `${s(p, 'role')} 看不到这类期限，不能作为升级对象`,
    en: (p) => `${s(p, 'role')} cannot see this kind of deadline, so it cannot be escalated to`,
  },
  'alert.escalation_days_twice': {
    'zh-CN': (p) => `升级梯度里 ${s(p, 'days')} 个工作日出现了两次`,
    en: (p) => `the ladder has ${s(p, 'days')} working days twice`,
  },
} as const satisfies Record<string, ErrorMessage>;
