import { ErrorMessage, named, roleName, s, words } from './define';

const STATUS = /* @__PURE__ */ named({
  open: { 'zh-CN': '待回复', en: 'open' },
  responded: { 'zh-CN': '已回复', en: 'responded' },
  fixed: { 'zh-CN': '已整改', en: 'fixed' },
  verified: { 'zh-CN': '已验证', en: 'verified' },
  escalated: { 'zh-CN': '已升级', en: 'escalated' },
});
const ACTION = /* @__PURE__ */ named({
  respond: { 'zh-CN': '登记回复', en: 'record the response to' },
  fix: { 'zh-CN': '登记整改', en: 'record the fix of' },
  verify: { 'zh-CN': '验证', en: 'verify' },
  reopen: { 'zh-CN': '重新打开', en: 'reopen' },
  escalate: { 'zh-CN': '升级', en: 'escalate' },
});

/** Supplier issues 供应商问题. */
export const SUPPLIER_ISSUE_ERRORS = {
  'supplier_issue.not_found': {
    'zh-CN': (p) => `供应商问题 ${s(p, 'id')} 不存在`,
    en: (p) => `Supplier issue ${s(p, 'id')} does not exist`,
  },
  'supplier_issue.not_your_store': { 'zh-CN': '该供应商问题与本店无关', en: 'This supplier issue does not name your store' },
  'supplier_issue.contract_other_supplier': {
    'zh-CN': (p) => `合同 ${s(p, 'number')} 不属于该供应商`,
    en: (p) => `contract ${s(p, 'number')} is not this supplier's`,
  },
  'supplier_issue.source_id_required': {
    'zh-CN': '来源为质量检查或投诉时须填写来源编号（source.id）',
    en: 'a quality-check or complaint source names its id (source.id)',
  },
  'supplier_issue.note_required': {
    'zh-CN': (p) => `${ACTION(p, 'action', 'zh-CN')}须填写说明`,
    en: (p) => `a note is required to ${s(p, 'action')} an issue`,
  },
  'supplier_issue.role_may_not': {
    'zh-CN': (p) =>
      `${roleName(p, 'role', 'zh-CN')}不能${ACTION(p, 'action', 'zh-CN')}供应商问题，可由${words(p, 'roles', 'zh-CN', roleName)}操作`,
    en: (p) => `Role ${s(p, 'role')} may not ${s(p, 'action')} a supplier issue; ${s(p, 'roles')} may`,
  },
  'supplier_issue.role_may_not_in_state': {
    'zh-CN': (p) =>
      `${roleName(p, 'role', 'zh-CN')}不能对${STATUS(p, 'status', 'zh-CN')}的供应商问题${ACTION(p, 'action', 'zh-CN')}，可由${words(p, 'roles', 'zh-CN', roleName)}操作`,
    en: (p) => `Role ${s(p, 'role')} may not ${s(p, 'action')} a ${s(p, 'status')} supplier issue; ${s(p, 'roles')} may`,
  },
  'supplier_issue.wrong_state': {
    'zh-CN': (p) =>
      `${STATUS(p, 'status', 'zh-CN')}的供应商问题不能${ACTION(p, 'action', 'zh-CN')}，可执行：${words(p, 'allowed', 'zh-CN', ACTION)}`,
    en: (p) => `A ${s(p, 'status')} supplier issue does not allow ${s(p, 'action')}; allowed: ${s(p, 'allowed') || 'none'}`,
  },
} as const satisfies Record<string, ErrorMessage>;
