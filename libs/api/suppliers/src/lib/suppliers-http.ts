/** What several of the suppliers controllers share: the roles that read the area, and HTTP helpers. */
import { Role } from '@storeops/shared/contracts';

const { Admin, AdminOffice, Buyer, Director } = Role;

/** The Suppliers area of NAV_ACCESS: everyone else gets 403 on every route here. */
export const SUPPLIER_READERS: readonly Role[] = [Director, AdminOffice, Buyer, Admin];
export { contentDisposition } from '@storeops/api/core';
