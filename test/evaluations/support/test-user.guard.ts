import { AuthUser, PUBLIC_KEY, ROLES_KEY, Role } from '@jixiao/people';
import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';

/**
 * Stand-in for people's global auth guard until it lands: the caller travels as JSON in `x-test-user`,
 * and the route's @Roles are enforced exactly as the real guard will.
 */
@Injectable()
export class TestUserGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string>; user?: AuthUser }>();
    const header = request.headers['x-test-user'];
    if (!header) throw new UnauthorizedException();
    request.user = JSON.parse(header) as AuthUser;
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets);
    if (!roles?.includes(request.user.role)) throw new ForbiddenException();
    return true;
  }
}
