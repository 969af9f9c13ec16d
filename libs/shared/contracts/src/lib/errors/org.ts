import { ErrorMessage, roleName, s } from './define';

/** Regions, stores, categories, users. */
export const ORG_ERRORS = {
  'store.not_found': { 'zh-CN': (p) => `门店 ${s(p, 'id')} 不存在`, en: (p) => `Store ${s(p, 'id')} not found` },
  'region.not_found': { 'zh-CN': (p) => `区域 ${s(p, 'id')} 不存在`, en: (p) => `Region ${s(p, 'id')} not found` },
  'category.not_found': { 'zh-CN': (p) => `品类 ${s(p, 'id')} 不存在`, en: (p) => `Category ${s(p, 'id')} not found` },
  'user.not_found': { 'zh-CN': (p) => `用户 ${s(p, 'id')} 不存在`, en: (p) => `User ${s(p, 'id')} not found` },
  'org.code_taken': { 'zh-CN': (p) => `编码“${s(p, 'code')}”已被使用`, en: (p) => `${s(p, 'code')} is already used` },
  // Worded as the store form has always shown them (stores.codeTaken, stores.ext.* in the web's dictionary).
  'store.code_taken': {
    'zh-CN': (p) => `编码 ${s(p, 'code')} 已被门店 ${s(p, 'store')} 使用`,
    en: (p) => `${s(p, 'code')} is already used by store ${s(p, 'store')}`,
  },
  'store.external_code_taken': {
    'zh-CN': (p) => `外部编码 ${s(p, 'code')} 已被门店 ${s(p, 'store')} 使用`,
    en: (p) => `${s(p, 'code')} is already used by store ${s(p, 'store')}`,
  },
  'store.external_code_twice': { 'zh-CN': (p) => `外部编码 ${s(p, 'code')} 重复`, en: (p) => `${s(p, 'code')} is listed twice` },
  'store.external_code_own': {
    'zh-CN': (p) => `${s(p, 'code')} 是本店的门店编码，无需再作为外部编码`,
    en: (p) => `${s(p, 'code')} is the store's own code`,
  },
  'store.missing': { 'zh-CN': (p) => `门店 ${s(p, 'id')} 不存在`, en: (p) => `store ${s(p, 'id')} does not exist` },
  'stores.missing': { 'zh-CN': (p) => `门店 ${s(p, 'ids')} 不存在`, en: (p) => `stores ${s(p, 'ids')} do not exist` },
  'region.missing': { 'zh-CN': (p) => `区域 ${s(p, 'id')} 不存在`, en: (p) => `region ${s(p, 'id')} does not exist` },
  'region.inactive': { 'zh-CN': (p) => `区域“${s(p, 'name')}”已停用`, en: (p) => `region ${s(p, 'name')} is inactive` },
  'category.missing': { 'zh-CN': (p) => `品类 ${s(p, 'id')} 不存在`, en: (p) => `category ${s(p, 'id')} does not exist` },
  'categories.missing': { 'zh-CN': (p) => `品类 ${s(p, 'ids')} 不存在`, en: (p) => `categories ${s(p, 'ids')} do not exist` },
  'category.some_missing': { 'zh-CN': '包含不存在的品类', en: 'names a category that does not exist' },
  'category.parent_is_sub': {
    'zh-CN': (p) => `“${s(p, 'name')}”已是子品类，不能再作上级`,
    en: (p) => `${s(p, 'name')} is already a subcategory`,
  },
  'user.username_taken': { 'zh-CN': (p) => `用户名“${s(p, 'username')}”已被使用`, en: (p) => `${s(p, 'username')} is already used` },
  'user.self_change': { 'zh-CN': '不能停用自己或修改自己的角色', en: 'you cannot deactivate yourself or change your own role' },
  'user.store_required': { 'zh-CN': '店长必须指定门店', en: 'a store manager needs a store' },
  'user.store_not_for_role': {
    'zh-CN': (p) => `只有店长有所属门店，${roleName(p, 'role', 'zh-CN')}没有`,
    en: (p) => `only a store manager has a store, not a ${roleName(p, 'role', 'en')}`,
  },
  'user.categories_not_for_role': {
    'zh-CN': (p) => `只有品类专员有负责品类，${roleName(p, 'role', 'zh-CN')}没有`,
    en: (p) => `only a specialist has categories, not a ${roleName(p, 'role', 'en')}`,
  },
} as const satisfies Record<string, ErrorMessage>;
