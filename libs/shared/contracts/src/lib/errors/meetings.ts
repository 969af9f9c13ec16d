import { ErrorMessage, s } from './define';

/** Operations meetings 营运会议. */
export const MEETINGS_ERRORS = {
  'meeting.not_found': { 'zh-CN': (p) => `会议 ${s(p, 'id')} 不存在`, en: (p) => `Meeting ${s(p, 'id')} does not exist` },
  'meeting.not_attendee': {
    'zh-CN': '只有参会人和会议管理人员可以查看此会议',
    en: 'Only the attendees and the meeting managers see this meeting',
  },
  'meeting.series_not_found': {
    'zh-CN': (p) => `会议系列 ${s(p, 'id')} 不存在`,
    en: (p) => `Meeting series ${s(p, 'id')} does not exist`,
  },
  'meeting.series_inactive': { 'zh-CN': '该会议系列已停用', en: 'The meeting series is no longer active' },
  'meeting.series_code_taken': {
    'zh-CN': (p) => `系列编码 ${s(p, 'code')} 已被使用`,
    en: (p) => `${s(p, 'code')} is already used`,
  },
  'meeting.user_unknown': {
    'zh-CN': (p) => `用户 ${s(p, 'id')} 不存在或已停用`,
    en: (p) => `user ${s(p, 'id')} does not exist or is inactive`,
  },
  'meeting.store_unknown': { 'zh-CN': (p) => `门店 ${s(p, 'id')} 不存在`, en: (p) => `store ${s(p, 'id')} does not exist` },
  'meeting.duplicate_attendee': { 'zh-CN': '参会人重复', en: 'an attendee is listed twice' },
  'meeting.action_not_found': {
    'zh-CN': (p) => `会议事项 ${s(p, 'id')} 不存在`,
    en: (p) => `Meeting action ${s(p, 'id')} does not exist`,
  },
  'meeting.action_not_owner': {
    'zh-CN': '只有事项负责人或会议管理人员可以更改此事项',
    en: "Only the action's owner or a meeting manager changes this action",
  },
  'meeting.action_no_store': {
    'zh-CN': '此事项没有关联门店，不能转为门店整改',
    en: 'This action names no store: it cannot become a corrective action',
  },
  'meeting.action_already_corrective': {
    'zh-CN': (p) => `此事项已转为整改 ${s(p, 'id')}`,
    en: (p) => `This action already became corrective action ${s(p, 'id')}`,
  },
  'meeting.action_done': { 'zh-CN': '已完成的事项不能转为整改', en: 'A done action cannot become a corrective action' },
} satisfies Record<string, ErrorMessage>;
