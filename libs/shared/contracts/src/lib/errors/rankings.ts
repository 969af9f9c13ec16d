import { ErrorMessage, s } from './define';

/** Scorecard schemes and rankings. */
export const RANKINGS_ERRORS = {
  'scheme.not_found': { 'zh-CN': (p) => `考评方案 ${s(p, 'id')} 不存在`, en: (p) => `Scorecard scheme ${s(p, 'id')} not found` },
  'scheme.none_in_force': {
    'zh-CN': '没有在用的考评方案，请用 schemeId 指定一个',
    en: 'No scorecard scheme is in force; name one with schemeId',
  },
  scheme_not_readable: { 'zh-CN': '只能查看在用或已被替代的考评方案', en: 'names no scheme in force or superseded' },
  'ranking.period_invalid': { 'zh-CN': '必须是 YYYY、YYYY-MM 或 YYYY-Qn', en: 'must be YYYY, YYYY-MM or YYYY-Qn' },
  'ranking.store_not_ranked': {
    'zh-CN': (p) => `门店 ${s(p, 'store')} 在 ${s(p, 'period')}（${s(p, 'scope')}）没有排名`,
    en: (p) => `Store ${s(p, 'store')} is not ranked in ${s(p, 'period')} (${s(p, 'scope')})`,
  },
  'scheme.weight_whole': {
    'zh-CN': (p) => `${s(p, 'key')}：权重必须是大于 0 的整数`,
    en: (p) => `${s(p, 'key')}: weight must be a whole number above 0`,
  },
  'scheme.key_twice': { 'zh-CN': (p) => `${s(p, 'key')}：重复出现`, en: (p) => `${s(p, 'key')}: appears twice` },
  'scheme.floor_ceiling': {
    'zh-CN': (p) => `${s(p, 'key')}：下限和上限不能相同`,
    en: (p) => `${s(p, 'key')}: floor and ceiling must differ`,
  },
  'scheme.weights_sum': { 'zh-CN': (p) => `权重合计为 ${s(p, 'sum')}，应为 100`, en: (p) => `weights sum to ${s(p, 'sum')}, not 100` },
  'scheme.component_invalid': { 'zh-CN': (p) => `考评项有误：${s(p, 'detail')}`, en: (p) => s(p, 'detail') },
  'scheme.target_rate_required': { 'zh-CN': '损耗率对目标须填写目标损耗率', en: 'is required for shrink_vs_target' },
  'scheme.param_not_for_kind': { 'zh-CN': (p) => `不是 ${s(p, 'kind')} 的参数`, en: (p) => `is not a parameter of ${s(p, 'kind')}` },
  'scheme.base_missing': { 'zh-CN': (p) => `考评方案 ${s(p, 'id')} 不存在`, en: (p) => `scheme ${s(p, 'id')} does not exist` },
  'scheme.name_taken': {
    'zh-CN': '已有同名考评方案，请在其基础上新建版本',
    en: 'A scheme with this name exists; make a new version of it instead',
  },
  'scheme.name_exists': {
    'zh-CN': (p) => `“${s(p, 'name')}”已存在${s(p, 'version') ? `（v${s(p, 'version')}）` : ''}`,
    en: (p) => `"${s(p, 'name')}" exists${s(p, 'version') ? ` (v${s(p, 'version')})` : ''}`,
  },
  'scheme.only_draft_edit': {
    'zh-CN': '只有草稿可以修改，已审批的方案请新建版本',
    en: 'Only a draft can be edited; make a new version of an approved scheme',
  },
  'scheme.only_draft_approve': { 'zh-CN': '只有草稿可以审批', en: 'Only a draft can be approved' },
  'scheme.status_is': { 'zh-CN': (p) => `当前状态为 ${s(p, 'status')}`, en: (p) => `is ${s(p, 'status')}` },
  'scheme.changed': { 'zh-CN': '考评方案已被他人修改，请刷新后重试', en: 'The scheme was changed by someone else; reload and try again' },
  'scheme.version_stale': {
    'zh-CN': (p) => `您看到的是第 ${s(p, 'expected')} 版，方案现在是第 ${s(p, 'current')} 版`,
    en: (p) => `is ${s(p, 'expected')}, but the scheme is now at ${s(p, 'current')}`,
  },
  'ranking.scheme_not_readable': { 'zh-CN': '您无权查看此考评方案', en: 'You may not read this scorecard scheme' },
} as const satisfies Record<string, ErrorMessage>;
