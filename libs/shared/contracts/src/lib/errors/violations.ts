import { ErrorMessage, named, roleName, s } from './define';

const STATUS = /* @__PURE__ */ named({
  proposed: { 'zh-CN': '待审批', en: 'proposed' },
  approved: { 'zh-CN': '已生效', en: 'approved' },
  appealed: { 'zh-CN': '申诉中', en: 'appealed' },
  upheld: { 'zh-CN': '申诉维持', en: 'upheld' },
  overturned: { 'zh-CN': '已撤销', en: 'overturned' },
});
const SUBJECT = /* @__PURE__ */ named({
  person: { 'zh-CN': '人员', en: 'person' },
  department: { 'zh-CN': '部门', en: 'department' },
  store: { 'zh-CN': '门店', en: 'store' },
});

/** Violations 违纪. */
export const VIOLATIONS_ERRORS = {
  'violation.not_found': { 'zh-CN': (p) => `违纪记录 ${s(p, 'id')} 不存在`, en: (p) => `Violation ${s(p, 'id')} does not exist` },
  'violation.not_your_store': { 'zh-CN': '这是其他门店的违纪记录', en: "This violation is another store's" },
  'violation.rule_unknown': {
    'zh-CN': (p) => `违纪条款 ${s(p, 'code')} 不存在或已停用`,
    en: (p) => `Rule ${s(p, 'code')} does not exist or is retired`,
  },
  'violation.rule_not_found': { 'zh-CN': (p) => `违纪条款 ${s(p, 'id')} 不存在`, en: (p) => `Rule ${s(p, 'id')} does not exist` },
  'violation.rule_code_taken': {
    'zh-CN': (p) => `条款编号 ${s(p, 'code')} 已存在`,
    en: (p) => `Rule code ${s(p, 'code')} is taken`,
  },
  'violation.subject_unknown': {
    'zh-CN': (p) => `${SUBJECT(p, 'type', 'zh-CN')} ${s(p, 'id')} 不存在`,
    en: (p) => `No ${s(p, 'type')} ${s(p, 'id')}`,
  },
  'violation.occurred_in_future': { 'zh-CN': '发生时间不能晚于现在', en: 'cannot be in the future' },
  'violation.fine_amount_required': { 'zh-CN': '罚款须填写金额（大于 0 分）', en: 'a fine needs an amount above 0 fen' },
  'violation.amount_only_fine': { 'zh-CN': '只有罚款填写金额', en: 'only a fine has an amount' },
  'violation.wrong_state': {
    'zh-CN': (p) =>
      `${STATUS(p, 'status', 'zh-CN')}的违纪记录不能${s(p, 'action') === 'approve' ? '审批' : s(p, 'action') === 'appeal' ? '申诉' : '裁决申诉'}`,
    en: (p) => `A ${s(p, 'status')} violation does not allow ${s(p, 'action')}`,
  },
  'violation.appeal_used': { 'zh-CN': '每条违纪记录只能申诉一次', en: 'A violation can be appealed once only' },
  'violation.not_appealer': {
    'zh-CN': (p) => (s(p, 'role') ? `只有被处理对象的上级（${roleName(p, 'role', 'zh-CN')}）可以申诉` : '此违纪记录没有可申诉的上级'),
    en: (p) => (s(p, 'role') ? `Only the subject's manager (${s(p, 'role')}) may appeal` : 'Nobody may appeal this violation'),
  },
  'violation.file_required': { 'zh-CN': '请选择文件', en: 'a file is required' },
  'violation.file_type': { 'zh-CN': '只能上传 JPEG、PNG 或 PDF 文件', en: 'Only JPEG, PNG or PDF files' },
  'violation.attachment_not_found': { 'zh-CN': (p) => `附件 ${s(p, 'id')} 不存在`, en: (p) => `Attachment ${s(p, 'id')} does not exist` },
} satisfies Record<string, ErrorMessage>;
