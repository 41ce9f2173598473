/** The audit trail (GET /api/audit) with its filters; its XLSX / CSV download URLs are in exports.ts. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InferResponseType } from 'hono/client';
import { api, ensureOk } from './client.ts';

/** Filters of the audit view (empty strings = not filtered). */
export type AuditFilters = {
  user: string;
  action: string;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
};

/** One page of the audit trail. */
export type AuditPage = InferResponseType<typeof api.audit.$get, 200>;

/** The filters as query parameters (blank ones left out). */
export function auditQuery(
  f: AuditFilters,
  page?: { limit: number; offset: number },
): Record<string, string> {
  const q: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) if (v.trim() !== '') q[k] = v.trim();
  if (page) {
    q.limit = String(page.limit);
    q.offset = String(page.offset);
  }
  return q;
}

/** A page of audit rows matching `f`, newest first. */
export const useAudit = (f: AuditFilters, page: { limit: number; offset: number }, enabled: boolean) =>
  useQuery({
    queryKey: ['audit', f, page],
    queryFn: async () => (await ensureOk(await api.audit.$get({ query: auditQuery(f, page) }))).json(),
    placeholderData: keepPreviousData,
    enabled,
  });
