import { NavArea, Role, StoreFormat, StoreStatus } from '@storeops/shared/contracts';

/** Translation keys for the contract enums, so every screen names them the same way. */
export const roleKey = (role: Role | string): string => `role.${role}`;
export const navKey = (area: NavArea | string): string => `nav.${area}`;
export const formatKey = (format: StoreFormat | string): string => `format.${format}`;
export const storeStatusKey = (status: StoreStatus | string): string => `storeStatus.${status}`;

/** 销售额 / 毛利额 / 来客数 …: `metric.<value>`. */
export const metricKey = (metric: string): string => `metric.${metric}`;
/** Money metrics travel as 分 and are typed in 元. */
export const MONEY_METRICS: readonly string[] = ['sales', 'gross_margin', 'basket', 'sales_per_sqm', 'sales_per_labour_hour'];
export const isMoneyMetric = (metric: string): boolean => MONEY_METRICS.includes(metric);
