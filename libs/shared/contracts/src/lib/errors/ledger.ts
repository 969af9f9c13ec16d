import { ErrorMessage, named, roleName, s, words } from './define';

const STATUS = /* @__PURE__ */ named({
  received: { 'zh-CN': '待判断', en: 'received' },
  assigned: { 'zh-CN': '待方案', en: 'assigned' },
  plan_proposed: { 'zh-CN': '方案待批', en: 'plan proposed' },
  in_progress: { 'zh-CN': '处理中', en: 'in progress' },
  resolved: { 'zh-CN': '待回访', en: 'resolved' },
  followed_up: { 'zh-CN': '已回访', en: 'followed up' },
  invalid: { 'zh-CN': '无效投诉', en: 'invalid' },
  closed: { 'zh-CN': '已归档', en: 'closed' },
  merged: { 'zh-CN': '已合并', en: 'merged' },
});
const ACTION = /* @__PURE__ */ named({
  judge: { 'zh-CN': '判断', en: 'judge' },
  propose_plan: { 'zh-CN': '提出处理方案', en: 'propose a plan for' },
  approve_plan: { 'zh-CN': '批准方案', en: 'approve the plan of' },
  return_plan: { 'zh-CN': '退回方案', en: 'return the plan of' },
  resolve: { 'zh-CN': '处理完成', en: 'resolve' },
  follow_up: { 'zh-CN': '回访', en: 'follow up' },
  close: { 'zh-CN': '归档', en: 'close' },
  reopen: { 'zh-CN': '重新打开', en: 'reopen' },
});

/** Customer complaints 顾客投诉. */
export const LEDGER_ERRORS = {
  'complaint.not_found': { 'zh-CN': (p) => `投诉 ${s(p, 'id')} 不存在`, en: (p) => `Complaint ${s(p, 'id')} does not exist` },
  'complaint.not_your_store': { 'zh-CN': '这是其他门店的投诉', en: "This complaint is another store's" },
  'complaint.not_handler': {
    'zh-CN': '只有责任门店的店长或综合管理处可以处理此投诉',
    en: "Only the responsible store's manager or the office handles this complaint",
  },
  'complaint.role_may_not': {
    'zh-CN': (p) =>
      `${roleName(p, 'role', 'zh-CN')}不能${ACTION(p, 'action', 'zh-CN')}投诉，可由${words(p, 'roles', 'zh-CN', roleName)}操作`,
    en: (p) => `Role ${s(p, 'role')} may not ${s(p, 'action')} a complaint; ${s(p, 'roles')} may`,
  },
  'complaint.role_may_not_in_state': {
    'zh-CN': (p) =>
      `${roleName(p, 'role', 'zh-CN')}不能对${STATUS(p, 'status', 'zh-CN')}的投诉${ACTION(p, 'action', 'zh-CN')}，可由${words(p, 'roles', 'zh-CN', roleName)}操作`,
    en: (p) => `Role ${s(p, 'role')} may not ${s(p, 'action')} a ${s(p, 'status')} complaint; ${s(p, 'roles')} may`,
  },
  'complaint.wrong_state': {
    'zh-CN': (p) => `${STATUS(p, 'status', 'zh-CN')}的投诉不能${ACTION(p, 'action', 'zh-CN')}`,
    en: (p) => `A ${s(p, 'status')} complaint does not allow ${s(p, 'action')}; allowed: ${s(p, 'allowed') || 'none'}`,
  },
  'complaint.allowed_from': {
    'zh-CN': (p) => `可进行：${words(p, 'allowed', 'zh-CN', ACTION)}`,
    en: (p) => `allowed from ${s(p, 'status')}: ${s(p, 'allowed') || 'none'}`,
  },
  'complaint.comment_required': {
    'zh-CN': (p) => `${ACTION(p, 'action', 'zh-CN')}须填写说明`,
    en: (p) => `a comment is required to ${s(p, 'action')}`,
  },
  'complaint.field_required': {
    'zh-CN': (p) => `${ACTION(p, 'action', 'zh-CN')}时必填`,
    en: (p) => `is required to ${s(p, 'action')}`,
  },
  'complaint.only_with': {
    'zh-CN': (p) => `只在${ACTION(p, 'with', 'zh-CN')}时填写`,
    en: (p) => `is given only with the ${s(p, 'with')} action`,
  },
  'complaint.key_customer_needs_follow_up': {
    'zh-CN': (p) => `投诉 ${s(p, 'code')} 是重点顾客投诉：须回访并联系到顾客后才能归档`,
    en: (p) => `Complaint ${s(p, 'code')} is a key customer's: it cannot close without a reached follow-up`,
  },
  'complaint.plan_needs_office': {
    'zh-CN': (p) => `赔付 ¥${s(p, 'compensation')} 超过店长审批额度 ¥${s(p, 'limit')}，须由综合管理处批准`,
    en: (p) => `compensation ¥${s(p, 'compensation')} is over the store manager's limit ¥${s(p, 'limit')}: the office approves it`,
  },
  'complaint.category_unknown': {
    'zh-CN': (p) => `投诉类别 ${s(p, 'id')} 不存在或已停用`,
    en: (p) => `category ${s(p, 'id')} does not exist or is inactive`,
  },
  'complaint.category_not_leaf': {
    'zh-CN': '请选择二级类别',
    en: 'must be a second-level category',
  },
  'complaint.cause_unknown': {
    'zh-CN': (p) => `投诉原因 ${s(p, 'code')} 不在原因清单中`,
    en: (p) => `cause ${s(p, 'code')} is not on the list`,
  },
  'complaint.store_unknown': { 'zh-CN': (p) => `门店 ${s(p, 'id')} 不存在`, en: (p) => `store ${s(p, 'id')} does not exist` },
  'complaint.supplier_unknown': { 'zh-CN': (p) => `供应商 ${s(p, 'id')} 不存在`, en: (p) => `supplier ${s(p, 'id')} does not exist` },
  'complaint.phone_format': {
    'zh-CN': '电话号码格式不正确（手机 11 位，座机可带区号）',
    en: 'is not a phone number (11-digit mobile, or a landline with its area code)',
  },
  'complaint.received_in_future': { 'zh-CN': '受理时间不能晚于现在', en: 'must not be in the future' },
  'complaint.called_in_future': { 'zh-CN': '回访时间不能晚于现在', en: 'must not be in the future' },
  'complaint.not_paused': { 'zh-CN': '此投诉没有暂停', en: 'This complaint is not paused' },
  'complaint.already_paused': { 'zh-CN': '此投诉已在暂停中', en: 'This complaint is already paused' },
  'complaint.not_open': {
    'zh-CN': (p) => `${STATUS(p, 'status', 'zh-CN')}的投诉没有进行中的环节`,
    en: (p) => `a ${s(p, 'status')} complaint has no running stage`,
  },
  'complaint.merge_self': { 'zh-CN': '不能合并到自身', en: 'cannot be merged into itself' },
  'complaint.merge_target': {
    'zh-CN': (p) => `目标投诉 ${s(p, 'id')} 不存在或已合并`,
    en: (p) => `complaint ${s(p, 'id')} does not exist or is merged`,
  },
  'complaint.cannot_reveal': {
    'zh-CN': '只有处理人和综合管理处可以查看完整电话',
    en: 'Only the handler and the office see the full phone',
  },
  'complaint.anonymised': {
    'zh-CN': '顾客个人信息已按保存期限删除',
    en: "The customer's personal data was deleted under the retention rule",
  },
  'complaint.attachment_not_found': {
    'zh-CN': (p) => `附件 ${s(p, 'id')} 不存在`,
    en: (p) => `attachment ${s(p, 'id')} does not exist`,
  },
  'complaint.file_type': { 'zh-CN': '只接受 JPEG、PNG 图片或 PDF', en: 'Only JPEG, PNG or PDF files are accepted' },
  'complaint.file_required': { 'zh-CN': '请选择文件', en: 'a file is required' },
  'complaint.period': {
    'zh-CN': '期间须为 2026-11、2026-W47、2026-Q4 或 2026',
    en: 'must be a period such as 2026-11, 2026-W47, 2026-Q4 or 2026',
  },
  'complaint.category_code_taken': { 'zh-CN': (p) => `类别编码 ${s(p, 'code')} 已被使用`, en: (p) => `${s(p, 'code')} is already used` },
  'complaint.category_two_levels': {
    'zh-CN': '类别只有两级：上级须为一级类别',
    en: 'categories have two levels: the parent must be a top-level one',
  },
  'complaint.key_customer_taken': {
    'zh-CN': (p) => `电话 ${s(p, 'phone')} 已在重点顾客名单中`,
    en: (p) => `${s(p, 'phone')} is already on the list`,
  },
  'complaint.key_customer_not_found': {
    'zh-CN': (p) => `重点顾客 ${s(p, 'id')} 不存在`,
    en: (p) => `key customer ${s(p, 'id')} does not exist`,
  },
} satisfies Record<string, ErrorMessage>;
