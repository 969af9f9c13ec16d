import { EXTERNAL_CODE_PATTERN, MAX_EXTERNAL_CODES, codeKey } from '@storeops/shared/contracts';

/** Why an external code cannot be added to the store's list (a translation key), or null when it can. */
export function externalCodeProblem(code: string, existing: readonly string[], ownCode: string): string | null {
  const value = code.trim();
  if (!value) return null;
  if (!EXTERNAL_CODE_PATTERN.test(value)) return 'org.stores.ext.invalid';
  if (existing.some((c) => codeKey(c) === codeKey(value))) return 'org.stores.ext.twice';
  if (ownCode.trim() && codeKey(ownCode) === codeKey(value)) return 'org.stores.ext.ownCode';
  if (existing.length >= MAX_EXTERNAL_CODES) return 'org.stores.ext.tooMany';
  return null;
}

/**
 * 营业面积 as typed: empty is unknown (null, so 坪效 stays unknown rather than divided by a guess); otherwise a whole
 * number of m² from 1 to 1,000,000, or undefined when it is not one.
 */
export function parseSalesArea(text: string | number | null | undefined): number | null | undefined {
  if (text === null || text === undefined) return null;
  const value = String(text).trim();
  if (!value) return null;
  if (!/^\d+$/.test(value)) return undefined;
  const area = Number(value);
  return area >= 1 && area <= 1_000_000 ? area : undefined;
}
