import { createParamDecorator, ExecutionContext, ForbiddenException, SetMetadata } from '@nestjs/common';
import { Role } from '@storeops/shared/contracts';

/** The caller, as the session guard resolved it. */
export interface RequestUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  storeId: number | null;
  categoryIds: number[];
  sessionId: string;
}

export const ROLES_KEY = 'storeops:roles';
export const PUBLIC_KEY = 'storeops:public';

/** Who may call a route. A route without @Roles or @Public is refused to everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Every signed-in role may call this route (it still applies record scope in the service). */
export const AnyRole = () => SetMetadata(ROLES_KEY, Object.values(Role));

/** No session needed (login, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestUser => {
  const user = ctx.switchToHttp().getRequest().user as RequestUser | undefined;
  if (!user) throw new ForbiddenException();
  return user;
});

/**
 * The store a caller is confined to, or null when the caller sees every store. Services use it to narrow
 * queries and to check records, so scope never depends on what the URL or body claims.
 */
export function storeScopeOf(user: RequestUser): number | null {
  if (user.role === Role.StoreManager) {
    // A store manager without a store reaches nothing: -1 matches no row.
    return user.storeId ?? -1;
  }
  return null;
}

export function canReachStore(user: RequestUser, storeId: number): boolean {
  const scope = storeScopeOf(user);
  return scope === null || scope === storeId;
}

/** Ends a user's sessions; provided by the auth module, used where a user is deactivated or changed. */
export interface SessionRevoker {
  revokeAllForUser(userId: number): Promise<void>;
}
export const SESSION_REVOKER = Symbol('SESSION_REVOKER');
