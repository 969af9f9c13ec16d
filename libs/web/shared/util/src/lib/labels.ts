import { NavArea, Role, StoreFormat, StoreStatus } from '@storeops/shared/contracts';

/** Translation keys for the contract enums, so every screen names them the same way. */
export const roleKey = (role: Role | string): string => `role.${role}`;
export const navKey = (area: NavArea | string): string => `nav.${area}`;
export const formatKey = (format: StoreFormat | string): string => `format.${format}`;
export const storeStatusKey = (status: StoreStatus | string): string => `storeStatus.${status}`;
