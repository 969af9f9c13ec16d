import { ErrorMessage, s } from './define';

/**
 * Errors of the API as a whole: HTTP statuses without a more precise code, the request's transport (bodies,
 * uploads, workbooks), the validation pipe (class-validator's constraint names map to `validation.<name>`), the
 * database's last line of defence, sign-in and access.
 */
export const CORE_ERRORS = {
  // The answer's `message` when nothing more precise is known: one per status.
  'http.bad_request': { 'zh-CN': '请求有误', en: 'Bad request' },
  'http.unauthorized': { 'zh-CN': '请先登录', en: 'Please sign in' },
  'http.forbidden': { 'zh-CN': '无权执行此操作', en: 'You may not do this' },
  'http.not_found': { 'zh-CN': '找不到请求的内容', en: 'Not found' },
  'http.method_not_allowed': { 'zh-CN': '不支持此请求方法', en: 'Method not allowed' },
  'http.request_timeout': { 'zh-CN': '请求超时', en: 'The request timed out' },
  'http.conflict': { 'zh-CN': '与现有数据冲突', en: 'Conflict with the current data' },
  'http.length_required': { 'zh-CN': '请求缺少长度', en: 'Length required' },
  'http.payload_too_large': { 'zh-CN': '请求内容过大', en: 'The request is too large' },
  'http.unsupported_media_type': { 'zh-CN': '不支持的内容类型', en: 'Unsupported media type' },
  'http.unprocessable': { 'zh-CN': '无法处理该请求', en: 'The request cannot be processed' },
  'http.too_many_requests': { 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  'http.internal': { 'zh-CN': '服务器内部错误，请稍后重试', en: 'Internal server error; try again later' },
  'http.unavailable': { 'zh-CN': '服务暂时不可用，请稍后重试', en: 'The service is unavailable; try again later' },
  'http.error': { 'zh-CN': '请求失败', en: 'The request failed' },
  'http.route_not_found': { 'zh-CN': '没有这个接口', en: 'No such API route' },

  'request.invalid': { 'zh-CN': '请求内容有误，请检查标出的项', en: 'Invalid request' },
  'request.unreadable': { 'zh-CN': '无法读取请求内容', en: 'The request could not be read' },
  'record.changed': { 'zh-CN': '记录已被他人修改，请刷新后重试', en: 'The record was changed by someone else; reload and try again' },
  'record.version_stale': {
    'zh-CN': (p) => `您看到的是第 ${s(p, 'expected')} 版，记录现在是第 ${s(p, 'current')} 版`,
    en: (p) => `is ${s(p, 'expected')}, but the record is now at ${s(p, 'current')}`,
  },
  'record.duplicate_key': { 'zh-CN': '已存在相同编码或键值的记录', en: 'A record with the same key already exists' },
  'record.reference_missing': {
    'zh-CN': '该记录被其他记录引用，或引用了不存在的记录',
    en: 'The record is referenced by, or refers to, a missing record',
  },
  'db.not_null': { 'zh-CN': '必填', en: 'is required' },
  'db.data_exception': { 'zh-CN': '有值超出范围、过长或类型不对', en: 'a value is out of range, too long or of the wrong type' },
  'db.busy': { 'zh-CN': '正在导入数据，请几秒后重试', en: 'Data is being imported; try again in a few seconds' },
  database_down: { 'zh-CN': '数据库没有响应', en: 'the database does not answer' },
  'db.unavailable': { 'zh-CN': '数据库没有响应', en: 'The database does not answer' },
  migrations_pending: { 'zh-CN': '数据库结构尚未更新到本版本', en: 'has migrations not yet applied' },
  'db.migrations_pending': { 'zh-CN': '数据库结构尚未更新，服务暂不可用', en: 'The database schema is not up to date yet' },
  shutting_down: { 'zh-CN': '本服务进程正在停止', en: 'is shutting down' },
  'server.shutting_down': { 'zh-CN': '服务正在重启，请稍后重试', en: 'The server is restarting; try again shortly' },
  'service.actuals_unavailable': { 'zh-CN': '实际数据暂不可用', en: 'Actuals are not available' },

  // Bodies and content types (request-guards.ts, the content-type interceptor).
  body_too_large: {
    'zh-CN': (p) => `请求内容不能超过 ${s(p, 'maxKb')} KiB（解压后）`,
    en: (p) => `must be at most ${s(p, 'maxKb')} KiB (inflated)`,
  },
  body_too_deep: {
    'zh-CN': (p) => `对象或数组的嵌套不能超过 ${s(p, 'max')} 层`,
    en: (p) => `must not nest objects or arrays deeper than ${s(p, 'max')} levels`,
  },
  body_not_json: { 'zh-CN': '不是有效的 JSON', en: 'is not valid JSON' },
  body_unreadable: { 'zh-CN': '无法读取', en: 'could not be read' },
  'body.not_object': { 'zh-CN': '请求体必须是 JSON 对象', en: 'the body must be a JSON object' },
  unsupported_encoding: {
    'zh-CN': (p) => `不支持的压缩方式“${s(p, 'encoding')}”（可用 identity、gzip、deflate、br）`,
    en: (p) => `${s(p, 'encoding')} is not accepted (identity, gzip, deflate or br)`,
  },
  unsupported_charset: {
    'zh-CN': (p) => `不支持字符集“${s(p, 'charset')}”，JSON 必须是 UTF-8`,
    en: (p) => `charset ${s(p, 'charset')} is not accepted; JSON must be UTF-8`,
  },
  unsupported_media_type: {
    'zh-CN': (p) =>
      s(p, 'type') ? `不接受“${s(p, 'type')}”，此接口接受 ${s(p, 'accepted')}` : `缺少内容类型，此接口接受 ${s(p, 'accepted')}`,
    en: (p) =>
      s(p, 'type')
        ? `${s(p, 'type')} is not accepted; this route takes ${s(p, 'accepted')}`
        : `is missing; this route takes ${s(p, 'accepted')}`,
  },
  'request.wrong_media_type': { 'zh-CN': '此接口不接受这种内容类型', en: 'This route does not take this content type' },
  'request.wrong_charset': { 'zh-CN': 'JSON 必须是 UTF-8 编码', en: 'JSON bodies must be UTF-8' },

  // Uploads (multer, through Nest).
  'upload.file_too_large': { 'zh-CN': '文件过大', en: 'The file is too large' },
  'upload.too_many_files': { 'zh-CN': '文件过多', en: 'Too many files' },
  'upload.unexpected_field': { 'zh-CN': '上传了不需要的文件字段', en: 'An unexpected file field was sent' },
  'upload.malformed': { 'zh-CN': '上传内容格式有误', en: 'The multipart body is malformed' },
  'upload.too_many_parts': { 'zh-CN': '上传内容的字段过多', en: 'The multipart body has too many parts' },

  // The validation pipe: class-validator's constraint names, and what the pipe checks itself.
  'validation.required': { 'zh-CN': '必填', en: 'is required' },
  'validation.invalid': { 'zh-CN': '无效', en: 'is not valid' },
  'validation.whitelistValidation': { 'zh-CN': '不是可接受的字段', en: 'is not an accepted field' },
  'validation.unknownValue': { 'zh-CN': '不是可接受的值', en: 'is not an accepted value' },
  'validation.nestedValidation': { 'zh-CN': '必须是对象或数组', en: 'must be an object or an array' },
  'validation.isString': { 'zh-CN': '必须是文本', en: 'must be a text' },
  'validation.isInt': { 'zh-CN': '必须是整数', en: 'must be a whole number' },
  'validation.isNumber': { 'zh-CN': '必须是数字', en: 'must be a number' },
  'validation.isBoolean': { 'zh-CN': '必须是 true 或 false', en: 'must be true or false' },
  'validation.isArray': { 'zh-CN': '必须是列表', en: 'must be a list' },
  'validation.isObject': { 'zh-CN': '必须是对象', en: 'must be an object' },
  'validation.isNotEmpty': { 'zh-CN': '不能为空', en: 'must not be empty' },
  'validation.isDefined': { 'zh-CN': '必填', en: 'is required' },
  'validation.isIn': { 'zh-CN': (p) => `必须是以下之一：${s(p, 'values')}`, en: (p) => `must be one of ${s(p, 'values')}` },
  'validation.isEnum': { 'zh-CN': (p) => `必须是以下之一：${s(p, 'values')}`, en: (p) => `must be one of ${s(p, 'values')}` },
  'validation.min': { 'zh-CN': (p) => `不能小于 ${s(p, 'min')}`, en: (p) => `must not be less than ${s(p, 'min')}` },
  'validation.max': { 'zh-CN': (p) => `不能大于 ${s(p, 'max')}`, en: (p) => `must not be greater than ${s(p, 'max')}` },
  'validation.minLength': { 'zh-CN': (p) => `至少 ${s(p, 'min')} 个字符`, en: (p) => `must be at least ${s(p, 'min')} characters` },
  'validation.maxLength': { 'zh-CN': (p) => `最多 ${s(p, 'max')} 个字符`, en: (p) => `must be at most ${s(p, 'max')} characters` },
  'validation.matches': { 'zh-CN': '格式不正确', en: 'has the wrong format' },
  'validation.arrayMinSize': { 'zh-CN': (p) => `至少需要 ${s(p, 'min')} 项`, en: (p) => `must have at least ${s(p, 'min')} items` },
  'validation.arrayMaxSize': { 'zh-CN': (p) => `最多 ${s(p, 'max')} 项`, en: (p) => `must have at most ${s(p, 'max')} items` },
  'validation.arrayUnique': { 'zh-CN': '不能有重复项', en: 'must not repeat an item' },
  'validation.isCalendarDay': {
    'zh-CN': (p) => `必须是 ${s(p, 'min')}–${s(p, 'max')} 年间的有效日期（YYYY-MM-DD）`,
    en: (p) => `must be a real date YYYY-MM-DD from ${s(p, 'min')} to ${s(p, 'max')}`,
  },
  'validation.isPeriod': {
    'zh-CN': (p) => `必须是 ${s(p, 'forms')}，年份在 ${s(p, 'min')}–${s(p, 'max')} 之间`,
    en: (p) => `must be ${s(p, 'forms')} with a year from ${s(p, 'min')} to ${s(p, 'max')}`,
  },
  'validation.isInstant': {
    'zh-CN': (p) => `必须是 ${s(p, 'min')}–${s(p, 'max')} 年间的 ISO 8601 日期或时间（如 2026-11-18T10:00:00+08:00）`,
    en: (p) => `must be an ISO 8601 date or time (e.g. 2026-11-18T10:00:00+08:00) from ${s(p, 'min')} to ${s(p, 'max')}`,
  },
  'validation.prototype_key': { 'zh-CN': '不是可接受的字段', en: 'is not an accepted field' },
  'validation.not_null': { 'zh-CN': '不能为 null', en: 'must not be null' },
  'validation.db_int': { 'zh-CN': (p) => `不能大于 ${s(p, 'max')}`, en: (p) => `must not be greater than ${s(p, 'max')}` },
  'validation.id': {
    'zh-CN': (p) => `必须是 1 到 ${s(p, 'max')} 之间的整数`,
    en: (p) => `must be a whole number from 1 to ${s(p, 'max')}`,
  },
  'text.nul': { 'zh-CN': '不能包含 NUL 字符', en: 'must not contain NUL characters' },
  'text.control': {
    'zh-CN': (p) => `不能包含控制字符（${s(p, 'char')}）${p['multiLine'] ? '' : '，请写在一行内'}`,
    en: (p) => `must not contain control characters (${s(p, 'char')})${p['multiLine'] ? '' : '; use one line'}`,
  },
  'text.surrogate': { 'zh-CN': '不能包含不成对的 UTF-16 代理字符', en: 'must not contain unpaired UTF-16 surrogates' },
  'paging.page': {
    'zh-CN': (p) => `页码必须是 1 到 ${s(p, 'max')} 之间的整数`,
    en: (p) => `must be a whole number from 1 to ${s(p, 'max')}`,
  },

  // Sign-in, sessions, CSRF, access.
  'auth.sign_in': { 'zh-CN': '请先登录', en: 'Please sign in' },
  'auth.wrong_password': { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  'auth.role': { 'zh-CN': '您的角色无权执行此操作', en: 'Your role may not do this' },
  'auth.forbidden': { 'zh-CN': '您无权访问此记录', en: 'You may not access this record' },
  'auth.other_store': { 'zh-CN': '此记录属于其他门店', en: 'This record belongs to another store' },
  'auth.csrf': {
    'zh-CN': '缺少或无效的 CSRF 令牌，请刷新页面后重试',
    en: 'Missing or invalid CSRF token: send the XSRF-TOKEN cookie value in the X-XSRF-TOKEN header',
  },
  'auth.csrf_missing': { 'zh-CN': '缺少', en: 'is missing' },
  'auth.csrf_mismatch': { 'zh-CN': '与 XSRF-TOKEN Cookie 不一致', en: 'does not match the XSRF-TOKEN cookie' },
  'auth.too_many_failures': { 'zh-CN': '登录失败次数过多', en: 'Too many failed sign-ins' },
  too_many_requests: {
    'zh-CN': (p) => `请 ${s(p, 'seconds')} 秒后再试`,
    en: (p) => `try again in ${s(p, 'seconds')} s`,
  },
  login_locked: {
    'zh-CN': (p) => `登录失败次数过多，请 ${s(p, 'seconds')} 秒后再试`,
    en: (p) => `too many failed sign-ins; try again in ${s(p, 'seconds')} s`,
  },
  login_address_blocked: {
    'zh-CN': (p) => `来自您地址的登录失败次数过多，请 ${s(p, 'seconds')} 秒后再试`,
    en: (p) => `too many failed sign-ins from your address; try again in ${s(p, 'seconds')} s`,
  },
  'password.too_short': { 'zh-CN': (p) => `密码至少 ${s(p, 'min')} 个字符`, en: (p) => `must be at least ${s(p, 'min')} characters` },
  'password.too_long': { 'zh-CN': (p) => `密码最多 ${s(p, 'max')} 个字符`, en: (p) => `must be at most ${s(p, 'max')} characters` },
  'password.common': { 'zh-CN': '密码过于常见', en: 'is too common' },
  'password.repeated': { 'zh-CN': '密码不能是同一个字符的重复', en: 'is one character repeated' },
  'password.contains_username': { 'zh-CN': '密码不能包含用户名', en: 'must not contain the username' },

  // Workbooks (core's xlsx-guard): 413 too big, 400 malformed, 415 no workbook.
  'xlsx.refused_too_large': { 'zh-CN': '工作簿过大', en: 'The workbook is too large' },
  'xlsx.refused_malformed': { 'zh-CN': '工作簿无法读取', en: 'The workbook cannot be read' },
  'xlsx.refused_not_workbook': { 'zh-CN': '文件不是 XLSX 工作簿', en: 'The file is not an XLSX workbook' },
  'xlsx.refused_cell': { 'zh-CN': '工作簿中有单元格过长', en: 'The workbook holds a cell that is too long' },
  'xlsx.malformed': { 'zh-CN': '不是有效的工作簿', en: 'is not a valid workbook' },
  'xlsx.not_zip': { 'zh-CN': '不是 ZIP 格式（XLSX 工作簿是 ZIP 文件）', en: 'is not a ZIP archive' },
  'xlsx.broken_directory': { 'zh-CN': 'ZIP 目录已损坏', en: 'has a broken ZIP directory' },
  'xlsx.multi_part': { 'zh-CN': '是分卷 ZIP 文件', en: 'is a multi-part ZIP archive' },
  'xlsx.too_many_entries': {
    'zh-CN': (p) => `包含 ${s(p, 'count')} 个文件，超过上限 ${s(p, 'max')}`,
    en: (p) => `holds ${s(p, 'count')} entries, more than ${s(p, 'max')}`,
  },
  'xlsx.duplicate_entry': { 'zh-CN': (p) => `文件 ${s(p, 'name')} 出现了两次`, en: (p) => `lists the entry ${s(p, 'name')} twice` },
  'xlsx.encrypted': { 'zh-CN': (p) => `文件 ${s(p, 'name')} 已加密`, en: (p) => `entry ${s(p, 'name')} is encrypted` },
  'xlsx.unsupported_compression': {
    'zh-CN': (p) => `文件 ${s(p, 'name')} 使用了不支持的压缩方式 ${s(p, 'method')}`,
    en: (p) => `entry ${s(p, 'name')} uses compression method ${s(p, 'method')} (only stored and deflate)`,
  },
  'xlsx.inconsistent_sizes': {
    'zh-CN': (p) => `文件 ${s(p, 'name')} 声明的大小与实际不符`,
    en: (p) => `entry ${s(p, 'name')} declares sizes that are not consistent`,
  },
  'xlsx.too_large': {
    'zh-CN': (p) => `解压后超过 ${s(p, 'maxMb')} MB`,
    en: (p) => `inflates to more than ${s(p, 'maxMb')} MB`,
  },
  'xlsx.entry_outside': {
    'zh-CN': (p) => `文件 ${s(p, 'name')} 超出了压缩包范围`,
    en: (p) => `entry ${s(p, 'name')} lies outside the archive`,
  },
  'xlsx.no_local_header': { 'zh-CN': (p) => `文件 ${s(p, 'name')} 缺少文件头`, en: (p) => `entry ${s(p, 'name')} has no local header` },
  'xlsx.not_workbook': { 'zh-CN': '是 ZIP 文件但不是 XLSX 工作簿', en: 'is a ZIP archive but not an XLSX workbook (no xl/workbook.xml)' },
  'xlsx.cell_too_long': {
    'zh-CN': (p) => `工作表“${s(p, 'sheet')}”的单元格 ${s(p, 'cell')} 超过 ${s(p, 'max')} 个字符`,
    en: (p) => `cell ${s(p, 'cell')} of sheet "${s(p, 'sheet')}" holds more than ${s(p, 'max')} characters`,
  },
  'xlsx.shared_string_too_long': {
    'zh-CN': (p) => `共享文本第 ${s(p, 'index')} 项超过 ${s(p, 'max')} 个字符`,
    en: (p) => `shared string ${s(p, 'index')} holds more than ${s(p, 'max')} characters`,
  },
  'xlsx.markup_too_long': {
    'zh-CN': (p) => `${s(p, 'part')} 中有超过 ${s(p, 'maxKb')} KiB 的标记`,
    en: (p) => `${s(p, 'part')} has markup longer than ${s(p, 'maxKb')} KiB`,
  },
  'xlsx.text_too_long': {
    'zh-CN': (p) => `${s(p, 'part')} 中有超过 ${s(p, 'max')} 个字符的文本`,
    en: (p) => `${s(p, 'part')} holds a text longer than ${s(p, 'max')} characters`,
  },
  'xlsx.doctype': {
    'zh-CN': (p) => `${s(p, 'part')} 含有 DOCTYPE，工作簿不会有`,
    en: (p) => `${s(p, 'part')} has a DOCTYPE, which a workbook never has`,
  },
  'xlsx.not_xml': { 'zh-CN': (p) => `${s(p, 'part')} 不是格式正确的 XML`, en: (p) => `${s(p, 'part')} is not well-formed XML` },
  'xlsx.inflates_beyond_declared': {
    'zh-CN': (p) => `文件 ${s(p, 'name')} 解压后超过其声明的 ${s(p, 'size')} 字节`,
    en: (p) => `entry ${s(p, 'name')} inflates to more than the ${s(p, 'size')} bytes it declares`,
  },
  'xlsx.corrupt': { 'zh-CN': (p) => `文件 ${s(p, 'name')} 已损坏`, en: (p) => `entry ${s(p, 'name')} is corrupt` },
} as const satisfies Record<string, ErrorMessage>;
