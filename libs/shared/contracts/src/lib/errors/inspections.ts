import { Lang, MessageParams } from '../messages';
import { ErrorMessage, named, s } from './define';

const ACTION_STATUS = /* @__PURE__ */ named({
  open: { 'zh-CN': '待整改', en: 'open' },
  closed: { 'zh-CN': '待验收', en: 'closed' },
  accepted: { 'zh-CN': '已通过', en: 'accepted' },
  reopened: { 'zh-CN': '已退回', en: 'reopened' },
  open_or_reopened: { 'zh-CN': '待整改或已退回', en: 'open or reopened' },
});

/** `category N`, or the general standard when the category is absent. */
const categoryOf = (p: MessageParams, key: string, lang: Lang): string => {
  const id = s(p, key);
  if (lang === 'zh-CN') return id ? `品类 ${id}` : '通用标准';
  return id ? `category ${id}` : 'the general standard';
};

const PLAN_MISMATCH: Readonly<Record<string, Record<Lang, (p: MessageParams) => string>>> = {
  missing: { 'zh-CN': (p) => `计划 ${s(p, 'planId')} 不存在`, en: (p) => `plan ${s(p, 'planId')} does not exist` },
  inactive: { 'zh-CN': (p) => `计划 ${s(p, 'planId')} 已停用`, en: (p) => `plan ${s(p, 'planId')} is no longer active` },
  category: {
    'zh-CN': (p) => `计划 ${s(p, 'planId')} 属于${categoryOf(p, 'categoryId', 'zh-CN')}`,
    en: (p) => `plan ${s(p, 'planId')} is for ${categoryOf(p, 'categoryId', 'en')}`,
  },
  store: {
    'zh-CN': (p) => `计划 ${s(p, 'planId')} 不包括门店 ${s(p, 'storeId')}`,
    en: (p) => `plan ${s(p, 'planId')} does not cover store ${s(p, 'storeId')}`,
  },
};
const planMismatch = (p: MessageParams, lang: Lang): string => (PLAN_MISMATCH[s(p, 'reason')] ?? PLAN_MISMATCH['missing'])[lang](p);

/** Inspections 巡店/品类检查, their templates 检查表, plans, photos and corrective actions 整改. */
export const INSPECTIONS_ERRORS = {
  // Submitting an inspection.
  'inspection.not_found': { 'zh-CN': (p) => `检查记录 ${s(p, 'id')} 不存在`, en: (p) => `Inspection ${s(p, 'id')} does not exist` },
  'inspection.idempotency_key_required': {
    'zh-CN': '缺少请求头 Idempotency-Key：须为 8–128 个字母、数字或 _ . : -',
    en: 'header is required: 8–128 letters, digits or _ . : -',
  },
  'inspection.idempotency_conflict': {
    'zh-CN': '此 Idempotency-Key 已用于另一次不同的提交',
    en: 'This Idempotency-Key was used for a different request',
  },
  'inspection.idempotency_key_reused': { 'zh-CN': '已用于内容不同的提交', en: 'was used with another body' },
  'inspection.general_not_yours': { 'zh-CN': '您不能检查通用标准', en: 'You may not inspect the general standard' },
  'inspection.category_not_yours': {
    'zh-CN': (p) => `品类 ${s(p, 'categoryId')} 不是您负责的品类`,
    en: (p) => `Category ${s(p, 'categoryId')} is not one of yours`,
  },
  'inspection.template_missing': {
    'zh-CN': (p) => `检查表 ${s(p, 'id')} 不存在`,
    en: (p) => `template ${s(p, 'id')} does not exist`,
  },
  'inspection.template_inactive': {
    'zh-CN': (p) => `检查表 ${s(p, 'code')} 第 ${s(p, 'version')} 版已停用`,
    en: (p) => `template ${s(p, 'code')} v${s(p, 'version')} is not active`,
  },
  'inspection.template_category': {
    'zh-CN': (p) => `检查表 ${s(p, 'code')} 属于${categoryOf(p, 'categoryId', 'zh-CN')}`,
    en: (p) => `template ${s(p, 'code')} is for ${categoryOf(p, 'categoryId', 'en')}`,
  },
  'inspection.in_future': { 'zh-CN': '检查时间不能晚于现在', en: 'is in the future' },
  'inspection.backdated': {
    'zh-CN': (p) => `检查时间早于 ${s(p, 'days')} 天前：只有营运部长可以补录，并须填写补录原因（lateEntryReason）`,
    en: (p) => `is more than ${s(p, 'days')} days ago; only an ops manager may record it, as a late entry with lateEntryReason`,
  },
  'inspection.late_reason_required': {
    'zh-CN': (p) => `检查时间早于 ${s(p, 'days')} 天前，须填写补录原因`,
    en: (p) => `is required: inspectedAt is more than ${s(p, 'days')} days ago`,
  },
  'inspection.plan_period_without_plan': {
    'zh-CN': '只在按计划检查（planItemId）时填写',
    en: 'is given only with a plan (planItemId)',
  },
  'inspection.plan_mismatch': { 'zh-CN': (p) => planMismatch(p, 'zh-CN'), en: (p) => planMismatch(p, 'en') },
  'inspection.plan_period_invalid': {
    'zh-CN': (p) => `须为计划 ${s(p, 'planId')} 的本期（${s(p, 'current')} 起）或上一期（${s(p, 'previous')} 起，且计划当时已存在）`,
    en: (p) =>
      `must be plan ${s(p, 'planId')}'s current period (from ${s(p, 'current')}) or the previous one (from ${s(p, 'previous')}, if the plan existed then)`,
  },
  'inspection.signature_required': {
    'zh-CN': '本检查表要求值班人签名后才能提交',
    en: 'this template requires the on-duty person to sign before submitting',
  },
  'inspection.duty_person_required': {
    'zh-CN': '本检查表要求填写值班人姓名后才能提交',
    en: "this template requires the on-duty person's name before submitting",
  },
  // The results of an inspection against its template (checkResults).
  'inspection.item_unknown': {
    'zh-CN': (p) => `检查项 ${s(p, 'itemId')} 不在本检查表中`,
    en: (p) => `item ${s(p, 'itemId')} is not in this template`,
  },
  'inspection.item_twice': {
    'zh-CN': (p) => `检查项 ${s(p, 'itemId')} 填写了两次`,
    en: (p) => `item ${s(p, 'itemId')} is answered twice`,
  },
  'inspection.item_no_na': { 'zh-CN': (p) => `“${s(p, 'title')}”不能选不适用`, en: (p) => `"${s(p, 'title')}" cannot be N/A` },
  'inspection.item_not_scale': {
    'zh-CN': (p) => `“${s(p, 'title')}”是合格/不合格项，不能打分`,
    en: (p) => `"${s(p, 'title')}" is pass/fail, not scored`,
  },
  'inspection.item_points': {
    'zh-CN': (p) => `“${s(p, 'title')}”须填写 0 到 ${s(p, 'max')} 的整数分`,
    en: (p) => `"${s(p, 'title')}" needs whole points from 0 to ${s(p, 'max')}`,
  },
  'inspection.item_scale': {
    'zh-CN': (p) => `“${s(p, 'title')}”按 0–${s(p, 'max')} 分打分，不是合格/不合格项`,
    en: (p) => `"${s(p, 'title')}" is scored 0..${s(p, 'max')}, not pass/fail`,
  },
  'inspection.item_photo_required': {
    'zh-CN': (p) => `“${s(p, 'title')}”不合格，须拍照`,
    en: (p) => `"${s(p, 'title')}" failed and needs a photo`,
  },
  'inspection.item_missing': { 'zh-CN': (p) => `“${s(p, 'title')}”没有结果`, en: (p) => `"${s(p, 'title')}" has no result` },

  // Photos.
  'photo.not_found': { 'zh-CN': (p) => `照片 ${s(p, 'id')} 不存在`, en: (p) => `Photo ${s(p, 'id')} does not exist` },
  'photo.not_visible': { 'zh-CN': '这张照片没有附在您可查看的记录上', en: 'This photo is not attached to anything you may see' },
  'photo.file_required': { 'zh-CN': '请上传 JPEG、PNG 或 WebP 图片', en: 'a JPEG, PNG or WebP image is required' },
  'photo.not_image': { 'zh-CN': '只接受 JPEG、PNG 和 WebP 图片', en: 'Only JPEG, PNG and WebP images are accepted' },
  'photo.unreadable': { 'zh-CN': '无法读取该图片', en: 'The image could not be read' },
  'photo.not_yours': { 'zh-CN': (p) => `照片 ${s(p, 'id')} 不是您上传的`, en: (p) => `photo ${s(p, 'id')} is not one of your uploads` },
  'photo.attached_elsewhere': {
    'zh-CN': (p) => `照片 ${s(p, 'id')} 已附在其他记录上`,
    en: (p) => `photo ${s(p, 'id')} is already attached to another record`,
  },
  photo_quota: {
    'zh-CN': (p) => `今天上传的照片已达上限，请 ${s(p, 'seconds')} 秒后再试`,
    en: (p) => `You have uploaded the most photos one person may today; try again in ${s(p, 'seconds')} seconds`,
  },

  // Templates 检查表.
  'template.not_found': { 'zh-CN': (p) => `检查表 ${s(p, 'id')} 不存在`, en: (p) => `Template ${s(p, 'id')} does not exist` },
  'template.exists': {
    'zh-CN': (p) => `编码为 ${s(p, 'code')} 的检查表已存在，请编辑它`,
    en: (p) => `A template with code ${s(p, 'code')} exists; edit it instead`,
  },
  'template.code_taken': { 'zh-CN': '已被使用', en: 'is taken' },
  'template.not_latest': {
    'zh-CN': (p) => `第 ${s(p, 'version')} 版不是最新版（第 ${s(p, 'latest')} 版），请编辑最新版`,
    en: (p) => `Version ${s(p, 'version')} is not the latest (${s(p, 'latest')}); edit the latest version`,
  },
  'template.superseded': {
    'zh-CN': (p) => `第 ${s(p, 'version')} 版已被第 ${s(p, 'latest')} 版取代`,
    en: (p) => `version ${s(p, 'version')} was superseded by version ${s(p, 'latest')}`,
  },
  'template.thresholds_order': {
    'zh-CN': '须依次为 5、4、3、2 星的最低分，从高到低',
    en: 'must be minimums for 5, 4, 3 and 2 stars, from high to low',
  },
  'template.file_required': { 'zh-CN': '请上传 .xlsx 文件', en: 'an .xlsx file is required' },
  'template.not_xlsx': { 'zh-CN': '只接受 .xlsx 工作簿', en: 'Only .xlsx workbooks are accepted' },
  'template.file_has_errors': { 'zh-CN': '文件有错误，没有导入任何内容', en: 'The file has errors; nothing was imported' },
  'template.category_code_unknown': {
    'zh-CN': (p) => `品类编码“${s(p, 'code')}”不存在`,
    en: (p) => `category code "${s(p, 'code')}" does not exist`,
  },

  // Plans 巡检计划.
  'plan.not_found': { 'zh-CN': (p) => `巡检计划 ${s(p, 'id')} 不存在`, en: (p) => `Inspection plan ${s(p, 'id')} does not exist` },
  'plan.changed': { 'zh-CN': '该计划已被他人修改，请刷新后重试', en: 'The plan was changed by someone else; reload and try again' },
  'plan.stale_version': {
    'zh-CN': (p) => `您看到的是第 ${s(p, 'expected')} 版，计划现在是第 ${s(p, 'current')} 版`,
    en: (p) => `is ${s(p, 'expected')}, but the plan is now at ${s(p, 'current')}`,
  },
  'plan.not_a_specialist': {
    'zh-CN': (p) => `用户 ${s(p, 'userId')} 不是在职的营运品类专员`,
    en: (p) => `user ${s(p, 'userId')} is not an active specialist`,
  },
  'plan.category_not_covered': {
    'zh-CN': (p) => `品类 ${s(p, 'categoryId')} 不是 ${s(p, 'user')} 负责的品类`,
    en: (p) => `category ${s(p, 'categoryId')} is not one of ${s(p, 'user')}'s categories`,
  },
  'plan.unknown_stores': {
    'zh-CN': (p) => `门店 ${s(p, 'storeIds')} 不存在`,
    en: (p) => `stores ${s(p, 'storeIds')} do not exist`,
  },

  // Corrective actions 整改.
  'corrective_action.not_found': {
    'zh-CN': (p) => `整改项 ${s(p, 'id')} 不存在`,
    en: (p) => `corrective action ${s(p, 'id')} does not exist`,
  },
  'corrective_action.only_store_manager': {
    'zh-CN': '只有本店店长可以提交整改',
    en: 'Only the manager of the store closes its corrective actions',
  },
  'corrective_action.wrong_state': {
    'zh-CN': (p) => `该整改项为${ACTION_STATUS(p, 'status', 'zh-CN')}，不是${ACTION_STATUS(p, 'expected', 'zh-CN')}`,
    en: (p) => `The corrective action is ${ACTION_STATUS(p, 'status', 'en')}, not ${ACTION_STATUS(p, 'expected', 'en')}`,
  },
  'corrective_action.status_is': {
    'zh-CN': (p) => `当前为${ACTION_STATUS(p, 'status', 'zh-CN')}`,
    en: (p) => `is ${ACTION_STATUS(p, 'status', 'en')}`,
  },
  'corrective_action.reason_required': { 'zh-CN': '退回整改须填写原因', en: 'a reason is required to reopen' },
  'corrective_action.nothing_verified': {
    'zh-CN': '有整改项现在不能验收，全部未验收',
    en: 'Nothing was verified: some corrective actions cannot be verified now',
  },
  'corrective_action.not_yours': {
    'zh-CN': (p) => `整改项 ${s(p, 'id')} 不在您负责的品类或门店内`,
    en: (p) => `corrective action ${s(p, 'id')} is not in your categories`,
  },
  'corrective_action.not_closed': {
    'zh-CN': (p) => `整改项 ${s(p, 'id')} 为${ACTION_STATUS(p, 'status', 'zh-CN')}，不是待验收`,
    en: (p) => `corrective action ${s(p, 'id')} is ${ACTION_STATUS(p, 'status', 'en')}, not closed`,
  },
  'corrective_action.changed': {
    'zh-CN': '该整改项已被他人修改，请刷新后重试',
    en: 'The corrective action was changed by someone else; reload and try again',
  },
  'corrective_action.stale': {
    'zh-CN': (p) => `整改项 ${s(p, 'id')} 已在此期间被修改`,
    en: (p) => `corrective action ${s(p, 'id')} changed meanwhile`,
  },
} as const satisfies Record<string, ErrorMessage>;
