import { Lang, MessageParams } from '../messages';

/**
 * A message in both languages: a fixed text, or put into words from its parameters. The tables are plain object
 * literals (no calls at load), so a bundle that never words an error (the web) drops them.
 */
export type ErrorMessage = Record<Lang, string | ((p: MessageParams) => string)>;

/** A parameter as text ('' when absent), so a message never prints "undefined". */
export const s = (p: MessageParams, key: string): string => (p[key] === undefined || p[key] === null ? '' : String(p[key]));

const ROLE_NAMES: Readonly<Record<string, Record<Lang, string>>> = {
  admin: { 'zh-CN': '系统管理员', en: 'admin' },
  director: { 'zh-CN': '营运总监', en: 'director' },
  ops_manager: { 'zh-CN': '营运部长', en: 'ops manager' },
  specialist: { 'zh-CN': '营运品类专员', en: 'specialist' },
  admin_office: { 'zh-CN': '综合管理处', en: 'admin office' },
  buyer: { 'zh-CN': '采购', en: 'buyer' },
  store_manager: { 'zh-CN': '店长', en: 'store manager' },
};

/** A role code in words. */
export const roleName = (p: MessageParams, key: string, lang: Lang): string => ROLE_NAMES[s(p, key)]?.[lang] ?? s(p, key);

/** A value from a small vocabulary (statuses, kinds) in words; the code itself when the vocabulary lacks it. */
export function named(words: Readonly<Record<string, Record<Lang, string>>>) {
  return (p: MessageParams, key: string, lang: Lang): string => words[s(p, key)]?.[lang] ?? s(p, key);
}

/** An amount parameter: 分 as ¥ with 2 decimals when `money` is set, else a whole count, grouped in the language's way. */
export function amount(p: MessageParams, key: string, lang: Lang): string {
  const value = Number(p[key]);
  if (!Number.isFinite(value)) return s(p, key);
  const locale = lang === 'zh-CN' ? 'zh-CN' : 'en-US';
  if (!p['money']) return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  const yuan = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(value) / 100);
  return `${value < 0 ? '-' : ''}¥${yuan}`;
}

/** A comma-separated list of codes (statuses, actions, roles) in words; `none` when empty. */
export function words(p: MessageParams, key: string, lang: Lang, word: (p: MessageParams, key: string, lang: Lang) => string): string {
  const codes = s(p, key)
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (!codes.length) return lang === 'zh-CN' ? '无' : 'none';
  return codes.map((c) => word({ c }, 'c', lang)).join(lang === 'zh-CN' ? '、' : ', ');
}
