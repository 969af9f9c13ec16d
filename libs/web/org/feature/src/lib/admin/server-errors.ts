import { I18nService } from '@storeops/web/shared/util';

/** The API's store problems (it words them in English) in the interface language; anything else as it came. */
const STORE_PROBLEMS: ReadonlyArray<[RegExp, string]> = [
  [/^(.+) is already used by store (.+)$/, 'org.stores.ext.taken'],
  [/^(.+) is listed twice$/, 'org.stores.ext.twice'],
  [/^(.+) is the store's own code$/, 'org.stores.ext.ownCode'],
];

export function storeProblemText(problem: string, i18n: I18nService, field: 'code' | 'externalCodes' = 'externalCodes'): string {
  for (const [pattern, key] of STORE_PROBLEMS) {
    const match = pattern.exec(problem);
    if (!match) continue;
    // A store code and an external code share one namespace: a code can be taken by another store's external code.
    const wording = field === 'code' && key === 'org.stores.ext.taken' ? 'org.stores.codeTaken' : key;
    return i18n.t(wording, { code: match[1], store: match[2] ?? '' });
  }
  return problem;
}
