import 'server-only';
import { unstable_cache } from 'next/cache';
import { and, eq } from 'drizzle-orm';
import { db, claims } from '@/lib/db';

export const getOrgClaims = unstable_cache(
  async (orgId: string, status: 'submitted' | 'approved') =>
    // ok: unscoped-tenant-query
    db.select().from(claims).where(and(eq(claims.orgId, orgId), eq(claims.status, status))),
  ['org-claims'],
  { revalidate: 60 },
);

export async function getClaimById(id: string) {
  // expect: unscoped-tenant-query
  return db.query.claims.findFirst({ where: eq(claims.id, id) });
}
