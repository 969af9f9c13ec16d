import { Lang, MessageParams } from '../messages';
import { ErrorMessage, named, roleName, s, words } from './define';

const CONTRACT_STATUS = /* @__PURE__ */ named({
  draft: { 'zh-CN': '草稿', en: 'draft' },
  submitted: { 'zh-CN': '待审核', en: 'submitted' },
  returned: { 'zh-CN': '退回', en: 'returned' },
  approved: { 'zh-CN': '审核通过', en: 'approved' },
  signed: { 'zh-CN': '已签订', en: 'signed' },
  archived: { 'zh-CN': '已归档', en: 'archived' },
  expired: { 'zh-CN': '到期', en: 'expired' },
  terminated: { 'zh-CN': '终止', en: 'terminated' },
});
const ACTION = /* @__PURE__ */ named({
  submit: { 'zh-CN': '提交审核', en: 'submit' },
  return: { 'zh-CN': '退回', en: 'return' },
  approve: { 'zh-CN': '审核通过', en: 'approve' },
  sign: { 'zh-CN': '登记签订', en: 'sign' },
  archive: { 'zh-CN': '归档', en: 'archive' },
  terminate: { 'zh-CN': '终止', en: 'terminate' },
});
const SUPPLIER_STATUS = /* @__PURE__ */ named({
  onboarding: { 'zh-CN': '引进中', en: 'onboarding' },
  active: { 'zh-CN': '合作中', en: 'active' },
  eliminated: { 'zh-CN': '淘汰', en: 'eliminated' },
});
const CLAUSE_RESULT = /* @__PURE__ */ named({
  met: { 'zh-CN': '达标', en: 'met' },
  partly_met: { 'zh-CN': '部分达标', en: 'partly_met' },
  breached: { 'zh-CN': '违约', en: 'breached' },
});
const SIGN_FIELD = /* @__PURE__ */ named({
  signedAt: { 'zh-CN': '签订日期', en: 'the signing date (signedAt)' },
  signatory: { 'zh-CN': '签订人', en: 'the signatory' },
  scanAttachmentId: { 'zh-CN': '盖章扫描件', en: 'the stamped scan (scanAttachmentId)' },
});

const statuses = (p: MessageParams, key: string, lang: Lang) => words(p, key, lang, CONTRACT_STATUS);
const actions = (p: MessageParams, key: string, lang: Lang) => words(p, key, lang, ACTION);
const roles = (p: MessageParams, key: string, lang: Lang) => words(p, key, lang, roleName);

/** Suppliers 供应商, contracts 合同 with their workflow, clause checks 条款检查, and licences 证照. */
export const SUPPLIERS_ERRORS = {
  // Suppliers.
  'supplier.not_found': { 'zh-CN': (p) => `供应商 ${s(p, 'id')} 不存在`, en: (p) => `Supplier ${s(p, 'id')} does not exist` },
  'supplier.missing': { 'zh-CN': (p) => `供应商 ${s(p, 'id')} 不存在`, en: (p) => `supplier ${s(p, 'id')} does not exist` },
  'supplier.code_taken': { 'zh-CN': (p) => `编码 ${s(p, 'code')} 已被使用`, en: (p) => `${s(p, 'code')} is already used` },
  'supplier.credit_code_taken': {
    'zh-CN': (p) => `统一社会信用代码 ${s(p, 'creditCode')} 已属于其他供应商`,
    en: (p) => `${s(p, 'creditCode')} belongs to another supplier`,
  },
  'supplier.credit_code_format': {
    'zh-CN': '统一社会信用代码须为 18 位数字或大写字母（不含 I、O、S、V、Z）',
    en: 'must be 18 characters of 0-9 and A-Z without I, O, S, V, Z',
  },
  'supplier.credit_code_division': {
    'zh-CN': '统一社会信用代码第 3–8 位须为 6 位行政区划代码',
    en: 'characters 3-8 must be the 6-digit administrative division code',
  },
  'supplier.credit_code_check': {
    'zh-CN': (p) => `统一社会信用代码校验码为 ${s(p, 'actual')}，应为 ${s(p, 'expected')}`,
    en: (p) => `check digit is ${s(p, 'actual')}, expected ${s(p, 'expected')}`,
  },
  'supplier.status_not_allowed': {
    'zh-CN': (p) =>
      `供应商不能从${SUPPLIER_STATUS(p, 'from', 'zh-CN')}改为${SUPPLIER_STATUS(p, 'to', 'zh-CN')}；可改为：${words(p, 'next', 'zh-CN', SUPPLIER_STATUS)}`,
    en: (p) => `${s(p, 'from')} → ${s(p, 'to')} is not allowed; next: ${s(p, 'next')}`,
  },
  'supplier.reason_required': { 'zh-CN': '淘汰供应商须填写原因', en: 'a reason is required to eliminate a supplier' },
  'supplier.eliminated': {
    'zh-CN': (p) => `供应商 ${s(p, 'code')} 已淘汰`,
    en: (p) => `supplier ${s(p, 'code')} is eliminated`,
  },

  // Contracts and their workflow.
  'contract.not_found': { 'zh-CN': (p) => `合同 ${s(p, 'id')} 不存在`, en: (p) => `Contract ${s(p, 'id')} does not exist` },
  'contract.only_drafter_edits': { 'zh-CN': '只有起草合同的采购可以修改', en: 'Only the buyer who drafted the contract edits it' },
  'contract.only_drafter_submits': { 'zh-CN': '只有起草合同的采购可以提交', en: 'Only the buyer who drafted the contract submits it' },
  'contract.not_editable': {
    'zh-CN': (p) => `${CONTRACT_STATUS(p, 'status', 'zh-CN')}状态的合同不能修改；可修改：${statuses(p, 'editable', 'zh-CN')}`,
    en: (p) => `a ${s(p, 'status')} contract cannot be edited; editable: ${s(p, 'editable')}`,
  },
  'contract.role_may_not': {
    'zh-CN': (p) => `${roleName(p, 'role', 'zh-CN')}不能${ACTION(p, 'action', 'zh-CN')}合同，可由${roles(p, 'roles', 'zh-CN')}操作`,
    en: (p) => `Role ${s(p, 'role')} may not ${s(p, 'action')} a contract; ${s(p, 'roles')} may`,
  },
  'contract.role_may_not_in_state': {
    'zh-CN': (p) =>
      `${roleName(p, 'role', 'zh-CN')}不能对${CONTRACT_STATUS(p, 'status', 'zh-CN')}状态的合同${ACTION(p, 'action', 'zh-CN')}，可由${roles(p, 'roles', 'zh-CN')}操作`,
    en: (p) => `Role ${s(p, 'role')} may not ${s(p, 'action')} a ${s(p, 'status')} contract; ${s(p, 'roles')} may`,
  },
  'contract.wrong_state': {
    // What the state allows is the detail (contract.allowed_from), shown beside it.
    'zh-CN': (p) => `${CONTRACT_STATUS(p, 'status', 'zh-CN')}状态的合同不能${ACTION(p, 'action', 'zh-CN')}`,
    en: (p) => `A ${s(p, 'status')} contract does not allow ${s(p, 'action')}; allowed: ${s(p, 'allowed') || 'none'}`,
  },
  'contract.allowed_from': {
    'zh-CN': (p) => `可进行：${actions(p, 'allowed', 'zh-CN')}`,
    en: (p) => `allowed from ${s(p, 'status')}: ${s(p, 'allowed') || 'none'}`,
  },
  'contract.comment_required': {
    'zh-CN': (p) => `${ACTION(p, 'action', 'zh-CN')}须填写意见`,
    en: (p) => `a comment is required to ${s(p, 'action')}`,
  },
  'contract.checklist_unchecked': { 'zh-CN': '审核通过前须勾选此项', en: 'must be checked before approval' },
  'contract.overlaps_not_reviewed': {
    'zh-CN': (p) => `与合同 ${s(p, 'contracts')} 重叠（同一供应商、同类合同、期限与门店交叉）：请核对后勾选“已核对重叠合同”`,
    en: (p) =>
      `overlaps contract ${s(p, 'contracts')} (same supplier and kind, crossing term and stores): review them and tick overlapsReviewed`,
  },
  'contract.only_with_sign': { 'zh-CN': '只在登记签订（sign）时填写', en: 'is given only with the sign action' },
  'contract.sign_field_required': {
    'zh-CN': (p) => `登记签订须填写${SIGN_FIELD(p, 'field', 'zh-CN')}`,
    en: (p) => `signing requires ${SIGN_FIELD(p, 'field', 'en')}`,
  },
  'contract.signed_in_future': {
    'zh-CN': (p) => `签订日期 ${s(p, 'value')} 晚于今天`,
    en: (p) => `the signing date ${s(p, 'value')} is after today (${s(p, 'today')})`,
  },
  'contract.scan_not_attachment': {
    'zh-CN': (p) => `附件 ${s(p, 'value')} 不是合同 ${s(p, 'contract')} 的附件：请先上传盖章扫描件`,
    en: (p) => `attachment ${s(p, 'value')} is not an attachment of contract ${s(p, 'contract')}: upload the stamped scan first`,
  },
  'contract.region_required': { 'zh-CN': '按区域覆盖时须选择区域', en: 'a region is required when the contract covers a region' },
  'contract.only_with_region': {
    'zh-CN': '只有按区域覆盖的合同填写区域',
    en: 'is given only when the contract covers a region',
  },
  'contract.end_before_start': {
    'zh-CN': (p) => `结束日期不能早于开始日期 ${s(p, 'start')}`,
    en: (p) => `must not be before startDate ${s(p, 'start')}`,
  },
  'contract.attach_not_editable': {
    'zh-CN': (p) => `起草的采购只能在合同为${statuses(p, 'editable', 'zh-CN')}时上传附件`,
    en: (p) => `the drafting buyer attaches files while the contract is ${s(p, 'editable').split(',').join(' or ')}`,
  },
  'contract.attach_terminated': { 'zh-CN': '已终止的合同不能再上传附件', en: 'a terminated contract takes no attachments' },
  'contract.file_required': { 'zh-CN': '请上传 PDF、JPEG 或 PNG 文件', en: 'a PDF, JPEG or PNG file is required' },
  'contract.file_type': { 'zh-CN': '只接受 PDF、JPEG 和 PNG 文件', en: 'Only PDF, JPEG and PNG files are accepted' },
  'contract.attachment_not_found': {
    'zh-CN': (p) => `合同 ${s(p, 'contract')} 没有附件 ${s(p, 'id')}`,
    en: (p) => `Attachment ${s(p, 'id')} of contract ${s(p, 'contract')} does not exist`,
  },

  // Clause checks 条款检查 and their follow-ups.
  'contract.clause_check_status': {
    'zh-CN': (p) => `${CONTRACT_STATUS(p, 'status', 'zh-CN')}状态的合同不做条款检查；可检查：已签订、已归档、到期`,
    en: (p) => `clauses of a ${s(p, 'status')} contract are not checked; allowed: signed, archived, expired`,
  },
  'contract.clause_not_found': {
    'zh-CN': (p) => `条款 ${s(p, 'clauseId')} 不是合同 ${s(p, 'contract')} 的条款`,
    en: (p) => `clause ${s(p, 'clauseId')} is not a clause of contract ${s(p, 'contract')}`,
  },
  'contract.period_not_started': {
    'zh-CN': (p) => `${s(p, 'period')} 还没有开始`,
    en: (p) => `${s(p, 'period')} has not started yet`,
  },
  'contract.period_outside_term': {
    'zh-CN': (p) => `${s(p, 'period')} 不在合同期限 ${s(p, 'start')} – ${s(p, 'end')} 内`,
    en: (p) => `${s(p, 'period')} is outside the term ${s(p, 'start')} – ${s(p, 'end')}`,
  },
  'contract.clause_checked': {
    'zh-CN': (p) => `条款 ${s(p, 'clauseId')} 在 ${s(p, 'period')} 已检查过`,
    en: (p) => `clause ${s(p, 'clauseId')} is already checked for ${s(p, 'period')}`,
  },
  'contract.follow_up_owner_invalid': {
    'zh-CN': (p) => `用户 ${s(p, 'userId')} 不存在或已停用`,
    en: (p) => `user ${s(p, 'userId')} does not exist or is inactive`,
  },
  'contract.follow_up_only_breach': { 'zh-CN': '只有违约才需要跟进', en: 'only a breach opens a follow-up' },
  'contract.note_required': {
    'zh-CN': (p) => `条款${CLAUSE_RESULT(p, 'result', 'zh-CN')}时须填写说明`,
    en: (p) => `a note is required when the clause is ${s(p, 'result')}`,
  },
  'contract.clause_check_not_found': {
    'zh-CN': (p) => `合同 ${s(p, 'contract')} 没有条款检查 ${s(p, 'id')}`,
    en: (p) => `Clause check ${s(p, 'id')} of contract ${s(p, 'contract')} does not exist`,
  },
  'contract.follow_up_forbidden': {
    'zh-CN': '只有跟进负责人或综合管理处可以关闭跟进',
    en: "Only the follow-up's owner or the admin office closes it",
  },
  'contract.follow_up_none': {
    'zh-CN': (p) => `只有违约才需要跟进；此检查结果为${CLAUSE_RESULT(p, 'result', 'zh-CN')}`,
    en: (p) => `only a breach opens a follow-up; this check is ${s(p, 'result')}`,
  },
  'contract.follow_up_closed': {
    'zh-CN': (p) => `跟进已关闭（${s(p, 'by') || '他人'}，${s(p, 'at') || '刚刚'}）`,
    en: (p) => `the follow-up is already closed (by ${s(p, 'by') || 'someone else'} at ${s(p, 'at') || 'just now'})`,
  },

  // Licences 证照.
  'licence.not_found': { 'zh-CN': (p) => `证照 ${s(p, 'id')} 不存在`, en: (p) => `Licence ${s(p, 'id')} does not exist` },
  'licence.no_file': { 'zh-CN': (p) => `证照 ${s(p, 'id')} 没有扫描件`, en: (p) => `Licence ${s(p, 'id')} has no scanned file` },
  'licence.supplier_owner': {
    'zh-CN': '供应商证照须填写供应商（supplierId），不填门店',
    en: 'a supplier licence names supplierId and no storeId',
  },
  'licence.store_owner': { 'zh-CN': '门店证照须填写门店（storeId），不填供应商', en: 'a store licence names storeId and no supplierId' },
  'licence.before_valid_from': {
    'zh-CN': (p) => `有效期至不能早于 ${s(p, 'value')}`,
    en: (p) => `must not be before validFrom ${s(p, 'value')}`,
  },
  'licence.not_after_old': {
    'zh-CN': (p) => `新证照须在原有效期 ${s(p, 'value')} 之后仍有效`,
    en: (p) => `the new licence must be valid after the old one's end ${s(p, 'value')}`,
  },
  'licence.already_renewed': {
    'zh-CN': (p) => (s(p, 'by') ? `该证照已换证（新证照 ${s(p, 'by')}）` : '该证照已换证'),
    en: (p) => (s(p, 'by') ? `the licence is already renewed (new licence ${s(p, 'by')})` : 'the licence is already renewed'),
  },
} as const satisfies Record<string, ErrorMessage>;
