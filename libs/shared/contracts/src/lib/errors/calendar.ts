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
} as const satisfies Record<string, ErrorMessage>;
