import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { operations } from '../../api/schema';

export type AuditQuery = NonNullable<operations['audit.list']['parameters']['query']>;

/** Query keys of the audit log (审计日志). */
export const auditKeys = {
  all: ['audit'] as const,
  list: (query: AuditQuery) => [...auditKeys.all, query] as const,
};

const fetchAudit = (query: AuditQuery) => unwrap(api.GET('/api/audit', { params: { query } }));
export type AuditEntry = Awaited<ReturnType<typeof fetchAudit>>['items'][number];

/** 审计日志, newest first, filtered and paged by the server. */
export function useAuditLog(query: AuditQuery) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: () => fetchAudit(query),
    placeholderData: keepPreviousData,
  });
}
