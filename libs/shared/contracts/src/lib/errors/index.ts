import { ErrorDetail } from '../api';
import { IMPORT_MESSAGES, Lang, MessageParams } from '../messages';
import { CALENDAR_ERRORS } from './calendar';
import { CORE_ERRORS } from './core';
import { ErrorMessage } from './define';
import { INSPECTIONS_ERRORS } from './inspections';
import { KPI_ERRORS } from './kpi';
import { LEDGER_ERRORS } from './ledger';
import { MEETINGS_ERRORS } from './meetings';
import { ORG_ERRORS } from './org';
import { PRICE_CHECK_ERRORS } from './price-checks';
import { RANKINGS_ERRORS } from './rankings';
import { SUPPLIER_ISSUE_ERRORS } from './supplier-issues';
import { SUPPLIERS_ERRORS } from './suppliers';
import { TARGETS_ERRORS } from './targets';
import { VIOLATIONS_ERRORS } from './violations';

export type { ErrorMessage } from './define';

/**
 * Every error the API words, by stable code, in both languages: the same mechanism as the import problems
 * (messages.ts), whose codes are found here too. A domain adds its own table; the codes are the contract.
 */
export const ERROR_MESSAGES: Readonly<Record<string, ErrorMessage>> = /* @__PURE__ */ merge(
  CORE_ERRORS,
  ORG_ERRORS,
  TARGETS_ERRORS,
  KPI_ERRORS,
  RANKINGS_ERRORS,
  INSPECTIONS_ERRORS,
  SUPPLIERS_ERRORS,
  CALENDAR_ERRORS,
  LEDGER_ERRORS,
  SUPPLIER_ISSUE_ERRORS,
  MEETINGS_ERRORS,
  VIOLATIONS_ERRORS,
  PRICE_CHECK_ERRORS,
);

function merge(...tables: ReadonlyArray<Readonly<Record<string, ErrorMessage>>>): Record<string, ErrorMessage> {
  return Object.assign({}, ...tables);
}

export function isErrorCode(code: string | undefined | null): code is string {
  return !!code && (code in ERROR_MESSAGES || code in IMPORT_MESSAGES);
}

/** The text of a code in a language; null for a code no table knows. */
export function errorText(code: string, params: MessageParams, lang: Lang): string | null {
  const message = ERROR_MESSAGES[code]?.[lang];
  if (message !== undefined) return typeof message === 'string' ? message : message(params);
  const imported = IMPORT_MESSAGES[code];
  return imported ? imported[lang](params) : null;
}

/**
 * An error detail from its code and parameters, worded in English (the API's own language): the exception filter
 * words it again in the caller's language (Accept-Language).
 */
export function coded(
  code: string,
  params: MessageParams = {},
  at: Pick<ErrorDetail, 'field' | 'line' | 'column'> = {},
): ErrorDetail & { code: string; params: MessageParams } {
  return { ...at, code, params, problem: errorText(code, params, 'en') ?? code };
}
