/** What several of the suppliers controllers share: the roles that read the area, and HTTP helpers. */
import { Role } from '@storeops/shared/contracts';

const { Admin, AdminOffice, Buyer, Director } = Role;

/** The Suppliers area of NAV_ACCESS: everyone else gets 403 on every route here. */
export const SUPPLIER_READERS: readonly Role[] = [Director, AdminOffice, Buyer, Admin];
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="file"; filename*=UTF-8''${encoded}`;
}
