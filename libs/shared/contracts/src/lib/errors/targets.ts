import { Lang, MessageParams } from '../messages';
import { amount, ErrorMessage, named, s } from './define';

const STATUS = /* @__PURE__ */ named({
  draft: { 'zh-CN': '草稿', en: 'draft' },
  published: { 'zh-CN': '已发布', en: 'published' },
  approved: { 'zh-CN': '已审批', en: 'approved' },
  superseded: { 'zh-CN': '已被替代', en: 'superseded' },
  open: { 'zh-CN': '营业', en: 'open' },
  preparing: { 'zh-CN': '筹备', en: 'preparing' },
  closed: { 'zh-CN': '闭店', en: 'closed' },
});
const status = (p: MessageParams, lang: Lang) => STATUS(p, 'status', lang);

/** Target decompositions 指标分解 and progress. */
export const TARGETS_ERRORS = {
  'targets.not_found': { 'zh-CN': (p) => `指标分解 ${s(p, 'id')} 不存在`, en: (p) => `Target decomposition ${s(p, 'id')} not found` },
  'targets.changed': {
    'zh-CN': '该指标分解已被他人修改，请刷新后重试',
    en: 'The decomposition was changed by someone else; reload and try again',
  },
  'targets.status_is': { 'zh-CN': (p) => `当前状态为${status(p, 'zh-CN')}`, en: (p) => `is ${status(p, 'en')}` },
  'targets.only_draft_resplit': {
    'zh-CN': (p) => `只有草稿可以重新分解，此分解${status(p, 'zh-CN')}`,
    en: (p) => `Only a draft can be split again; this one is ${status(p, 'en')}`,
  },
  'targets.already': {
    'zh-CN': (p) => `该指标分解已是${status(p, 'zh-CN')}状态`,
    en: (p) => `The decomposition is already ${status(p, 'en')}`,
  },
  'targets.publish_first': { 'zh-CN': '草稿须先发布才能审批', en: 'a draft must be published before it is approved' },
  'targets.superseded': { 'zh-CN': '已被替代的指标分解不能修改', en: 'A superseded decomposition cannot be changed' },
  'targets.reason_required': {
    'zh-CN': (p) => `修改${status(p, 'zh-CN')}的指标分解须填写原因`,
    en: (p) => `a reason is required to change a ${status(p, 'en')} decomposition`,
  },
  'targets.store_not_in_split': {
    'zh-CN': (p) => `门店 ${s(p, 'store')} 不在此指标分解中`,
    en: (p) => `store ${s(p, 'store')} is not part of this decomposition`,
  },
  'targets.cell_twice': {
    'zh-CN': (p) => `门店 ${s(p, 'store')} 的 ${s(p, 'month')} 月填写了两次`,
    en: (p) => `store ${s(p, 'store')} month ${s(p, 'month')} is given twice`,
  },
  'targets.total_too_large': { 'zh-CN': '新的合计过大', en: 'the new total is too large' },
  'targets.file_required': { 'zh-CN': '请上传 .xlsx 文件', en: 'an .xlsx file is required' },
  'targets.not_xlsx': { 'zh-CN': '不是 .xlsx 工作簿', en: 'is not an .xlsx workbook' },
  'targets.no_sheet': { 'zh-CN': '工作簿没有工作表', en: 'has no sheet' },
  'targets.no_store_rows': { 'zh-CN': '文件中没有门店行', en: 'has no store rows' },
  'targets.file_has_errors': { 'zh-CN': '文件有错误，没有导入任何数据', en: 'The file has errors; nothing was imported' },
  'targets.header': {
    'zh-CN': (p) => `表头应为“${s(p, 'expected')}”，实际是“${s(p, 'found')}”`,
    en: (p) => `header must be "${s(p, 'expected')}", found "${s(p, 'found')}"`,
  },
  'targets.store_code_empty': { 'zh-CN': '门店编码为空', en: 'the store code is empty' },
  'targets.store_code_not_in_split': {
    'zh-CN': (p) => `门店“${s(p, 'code')}”不在此指标分解中`,
    en: (p) => `store "${s(p, 'code')}" is not part of this decomposition`,
  },
  'targets.store_code_twice': { 'zh-CN': (p) => `门店“${s(p, 'code')}”出现了两次`, en: (p) => `store "${s(p, 'code')}" appears twice` },
  'targets.cell_empty': { 'zh-CN': (p) => `${s(p, 'month')}月为空`, en: (p) => `month ${s(p, 'month')} is empty` },
  'targets.cell_negative': { 'zh-CN': (p) => `${s(p, 'month')}月不能为负数`, en: (p) => `month ${s(p, 'month')} must not be negative` },
  'targets.cell_too_large': { 'zh-CN': (p) => `${s(p, 'month')}月数值过大`, en: (p) => `month ${s(p, 'month')} is too large` },
  'targets.cell_decimals': {
    'zh-CN': (p) => `${s(p, 'month')}月“${s(p, 'value')}”超过两位小数`,
    en: (p) => `month ${s(p, 'month')}: ${s(p, 'value')} has more than 2 decimals`,
  },
  'targets.cell_not_amount': {
    'zh-CN': (p) => `${s(p, 'month')}月“${s(p, 'value')}”不是以元为单位、最多两位小数的金额`,
    en: (p) => `month ${s(p, 'month')}: "${s(p, 'value')}" is not an amount in 元 with at most 2 decimals`,
  },
  'targets.cell_not_whole': {
    'zh-CN': (p) => `${s(p, 'month')}月“${s(p, 'value')}”不是整数`,
    en: (p) => `month ${s(p, 'month')}: "${s(p, 'value')}" is not a whole number`,
  },
  'targets.no_area': {
    'zh-CN': (p) => `门店 ${s(p, 'store')} 还没有营业面积：请先填写，或锁定该门店的目标`,
    en: (p) => `store ${s(p, 'store')} has no sales area yet: enter it, or lock the store's value`,
  },
  'targets.lock_ineligible': {
    'zh-CN': (p) => `门店 ${s(p, 'store')} 处于${status(p, 'zh-CN')}状态，${s(p, 'year')} 年没有目标`,
    en: (p) => `store ${s(p, 'store')} is ${status(p, 'en')} and gets no target for ${s(p, 'year')}`,
  },
  'targets.lock_twice': { 'zh-CN': (p) => `门店 ${s(p, 'store')} 锁定了两次`, en: (p) => `store ${s(p, 'store')} is locked twice` },
  'targets.lock_above_total': {
    'zh-CN': (p) => `锁定值 ${amount(p, 'value', 'zh-CN')} 超过公司目标 ${amount(p, 'total', 'zh-CN')}`,
    en: (p) => `${amount(p, 'value', 'en')} is above the total ${amount(p, 'total', 'en')}`,
  },
  'targets.locks_above_total': {
    'zh-CN': (p) => `锁定值合计 ${amount(p, 'locked', 'zh-CN')}，超过公司目标 ${amount(p, 'total', 'zh-CN')}`,
    en: (p) => `the locked values add up to ${amount(p, 'locked', 'en')}, above the total ${amount(p, 'total', 'en')}`,
  },
  'targets.all_locked_mismatch': {
    'zh-CN': (p) => `所有门店都已锁定，但锁定值合计 ${amount(p, 'locked', 'zh-CN')}，不等于公司目标 ${amount(p, 'total', 'zh-CN')}`,
    en: (p) => `every store is locked, but the locks add up to ${amount(p, 'locked', 'en')}, not the total ${amount(p, 'total', 'en')}`,
  },
  'targets.no_store': {
    'zh-CN': (p) => `${s(p, 'year')} 年没有营业或将开业的门店`,
    en: (p) => `no store is open or opening in ${s(p, 'year')}`,
  },
  'targets.split_failed': { 'zh-CN': '无法按这些数值分解', en: 'the total cannot be split with these values' },
  'targets.total_difference': {
    'zh-CN': (p) =>
      `门店合计 ${amount(p, 'newTotal', 'zh-CN')} 与公司目标 ${amount(p, 'oldTotal', 'zh-CN')} 相差 ${amount(p, 'difference', 'zh-CN')}：请选择在未锁定门店间重新平衡，或采用新合计作为公司目标（须填写原因）`,
    en: (p) =>
      `the stores add up to ${amount(p, 'newTotal', 'en')}, ${amount(p, 'difference', 'en')} off the company target ${amount(p, 'oldTotal', 'en')}: rebalance the unlocked stores, or adopt the new total (with a reason)`,
  },
  'targets.difference_unresolved': { 'zh-CN': '公司目标与门店合计不一致', en: 'The company target and the stores’ sum differ' },
  'targets.adopt_reason_required': { 'zh-CN': '采用新合计作为公司目标须填写原因', en: 'a reason is required to adopt the new total' },
  'targets.rebalance_impossible': {
    'zh-CN': (p) => `未锁定门店不足以吸收 ${amount(p, 'difference', 'zh-CN')} 的差额：请解除部分锁定，或采用新合计`,
    en: (p) =>
      `the unlocked stores cannot absorb the difference of ${amount(p, 'difference', 'en')}: unlock some stores, or adopt the new total`,
  },
  'targets.zero_months_unconfirmed': {
    'zh-CN': (p) => `有 ${s(p, 'count')} 个门店月份的目标为 0，请确认后再继续`,
    en: (p) => `${s(p, 'count')} store months have a target of 0: confirm them (confirmZeroMonths) to go on`,
  },
  'targets.zero_month_store': {
    'zh-CN': (p) => `门店 ${s(p, 'store')} 的 ${s(p, 'months').split(',').join('、')} 月目标为 0`,
    en: (p) => `store ${s(p, 'store')} has a target of 0 in month ${s(p, 'months').split(',').join(', ')}`,
  },
  'targets.unbalanced': {
    'zh-CN': '门店合计与公司目标不一致：请重新平衡，或采用新合计',
    en: 'The stores no longer add up to the company target: rebalance the unlocked stores, or adopt the new total',
  },
  'targets.rebalance_refused': { 'zh-CN': '未锁定门店无法吸收差额', en: 'The unlocked stores cannot absorb the difference' },
  'targets.return_refused': { 'zh-CN': '只有已发布的指标分解可以退回', en: 'Only a published decomposition can be returned' },
  'targets.status_not_draft': {
    'zh-CN': (p) => `当前状态为${status(p, 'zh-CN')}，不是草稿`,
    en: (p) => `is ${status(p, 'en')}, not draft`,
  },
  'targets.status_not_published': {
    'zh-CN': (p) => `当前状态为${status(p, 'zh-CN')}，不是已发布`,
    en: (p) => `is ${status(p, 'en')}, not published`,
  },
  'targets.version_stale': {
    'zh-CN': (p) => `您看到的是第 ${s(p, 'expected')} 版，该分解现在是第 ${s(p, 'current')} 版`,
    en: (p) => `is ${s(p, 'expected')}, but the decomposition is now at ${s(p, 'current')}`,
  },
  'targets.lock_store_missing': { 'zh-CN': (p) => `门店 ${s(p, 'id')} 不存在`, en: (p) => `store ${s(p, 'id')} does not exist` },
  'targets.return_not_published': {
    'zh-CN': (p) => `只有已发布的指标分解可以退回，此分解${status(p, 'zh-CN')}`,
    en: (p) => `Only a published decomposition can be returned; this one is ${status(p, 'en')}`,
  },
  'targets.comment_required': { 'zh-CN': '退回须填写意见', en: 'a comment is required to return the decomposition' },
} as const satisfies Record<string, ErrorMessage>;
