import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthUser } from '../auth/auth-user';

/** Who is acting and from where: what every audit entry needs from the request. */
export interface AuditContext {
  actor: Pick<AuthUser, 'id' | 'username'> | null;
  clientAddress: string | null;
}

export function auditContextOf(request: { user?: AuthUser; ip?: string }): AuditContext {
  return {
    actor: request.user ? { id: request.user.id, username: request.user.username } : null,
    clientAddress: request.ip ?? null,
  };
}

/** `@Audit() audit: AuditContext` in a controller: the caller and its address, to hand to services. */
export const Audit = createParamDecorator((_data: unknown, context: ExecutionContext): AuditContext =>
  auditContextOf(context.switchToHttp().getRequest()),
);
