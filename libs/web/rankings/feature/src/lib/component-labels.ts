import { COMPONENT_KIND_INFO, ComponentKind, RankingComponent, SchemeComponentConfig } from '@storeops/shared/contracts';
import { I18nService } from '@storeops/web/shared/util';

export const kindKey = (kind: ComponentKind | string): string => `rank.kind.${kind}`;
export const missingRuleKey = (rule: string): string => `rank.missingRule.${rule}`;

/** The component's name: its kind's, numbered when a scheme uses a kind twice (inspection_score_2 → 巡店得分 2). */
export function componentLabel(i18n: I18nService, component: Pick<SchemeComponentConfig, 'key' | 'kind'>): string {
  const name = i18n.t(kindKey(component.kind));
  const suffix = component.key.startsWith(`${component.kind}_`) ? component.key.slice(component.kind.length + 1) : '';
  return suffix ? `${name} ${suffix}` : name;
}

/** A raw value in its kind's unit: 98.5 % or 86.2 分; `缺失` when missing. */
export function rawText(i18n: I18nService, component: Pick<RankingComponent, 'kind' | 'raw'>): string {
  if (component.raw === null) return i18n.t('rank.missing');
  const unit = COMPONENT_KIND_INFO[component.kind]?.unit;
  // A rate per 10,000 is small (0.42): two decimals, or every store reads 0.4.
  const value = fixed(component.raw, i18n.locale(), unit === 'per10k' ? 2 : 1);
  return unit === '%' ? `${value}%` : value;
}

/** A number with exactly `digits` decimals in the locale's format (94.90, not 94.9); `—` when missing. */
export function fixed(value: number | null | undefined, locale: string, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
