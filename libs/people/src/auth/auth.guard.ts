import { DomainError } from '@jixiao/platform';
import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { SessionService } from '../sessions/session.service';
import { AccessTokenService } from './access-token.service';
import { authErrors } from './auth-errors';
import { AuthUser, Role } from './auth-user';
import { PASSWORD_CHANGE_PENDING_KEY } from './password-change-pending.decorator';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/** The request as the guard leaves it. */
export interface AuthenticatedRequest extends Request {
  user?: AuthUser;
  authSessionId?: string;
}

/**
 * The global guard (APP_GUARD). Fails closed: a route that declares neither @Public nor @Roles is
 * refused for everyone. Otherwise: a valid Bearer access token, a live session (not revoked, idle
 * or expired; account enabled), no pending password change, and one of the route's roles.
 * Role and scope are read from the account on each request, so an admin's change applies at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares neither @Roles nor @Public`,
      );
      throw new DomainError('forbidden', 'AUTH.ROUTE_UNDECLARED', '无权执行此操作');
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const claims = this.tokens.verify(bearerToken(request) ?? '');
    if (!claims) throw authErrors.unauthenticated();
    const caller = await this.sessions.resolve(claims.sid, claims.sub);
    request.user = caller.user;
    request.authSessionId = caller.sessionId;
    if (
      caller.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_PENDING_KEY, targets)
    )
      throw authErrors.passwordChangeRequired();
    if (!roles.includes(caller.user.role))
      throw new DomainError('forbidden', 'AUTH.FORBIDDEN', '无权执行此操作');
    return true;
  }
}

function bearerToken(request: Request): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match ? match[1] : null;
}
