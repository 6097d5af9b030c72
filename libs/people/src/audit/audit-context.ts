import { AsyncLocalStorage } from 'node:async_hooks';
import {
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import { Observable } from 'rxjs';
import { AuthUser } from '../auth/auth-user';

/** Who is acting and from where: what every audit entry needs from the request. */
export interface AuditContext {
  actor: Pick<AuthUser, 'id' | 'username'> | null;
  clientAddress: string | null;
}

/** The CLI, the demo, the worker and seed scripts act as this pseudo-user in the audit log. */
export const SYSTEM_AUDIT: AuditContext = { actor: null, clientAddress: 'system' };

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

const requestAudit = new AsyncLocalStorage<AuditContext>();

/**
 * The audit context of the HTTP request being served, or SYSTEM_AUDIT outside one (CLI, worker,
 * demo). Lets feature services audit without every controller and service signature carrying it.
 */
export function currentAuditContext(): AuditContext {
  return requestAudit.getStore() ?? SYSTEM_AUDIT;
}

/**
 * Global (PeopleModule): runs each handler inside its request's audit context. An interceptor, not a
 * middleware, because it runs after the auth guard has set `request.user`; Nest binds the handler's
 * async context where `next.handle()` is called, so the store reaches the services.
 */
@Injectable()
export class AuditContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const audit = auditContextOf(context.switchToHttp().getRequest());
    return requestAudit.run(audit, () => next.handle());
  }
}
