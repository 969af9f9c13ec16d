import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { codedError, PUBLIC_KEY, ROLES_KEY } from '@storeops/api/core';
import { Role } from '@storeops/shared/contracts';
import { SESSION_COOKIE } from './auth.config';
import { SessionsService } from './sessions.service';

/**
 * The one gate of every route. Deny by default: a route must say @Public() or name its roles with @Roles();
 * a route that says neither is refused to everyone (and fails the route-coverage test).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<Request>();
    const token = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const user = token ? await this.sessions.resolve(token) : null;
    if (!user) throw codedError(401, 'auth.sign_in');
    (request as Request & { user?: unknown }).user = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles?.length || !roles.includes(user.role)) {
      throw codedError(403, 'auth.role');
    }
    return true;
  }
}
