import { Role } from '@storeops/shared/contracts';

/** Where each role starts after signing in (its most used area). */
export function landingPathFor(role: Role | null | undefined): string {
  switch (role) {
    case Role.Director:
    case Role.OpsManager:
    case Role.Admin:
      return '/dashboard';
    case Role.StoreManager:
      return '/targets';
    case Role.Specialist:
      return '/inspections';
    case Role.AdminOffice:
    case Role.Buyer:
      return '/suppliers';
    default:
      return '/login';
  }
}
