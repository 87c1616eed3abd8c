import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { db, keyResults } from '@/db';
import { auth } from '@/lib/auth';

type Params = { params: Promise<{ orgId: string }> };

// better-auth answers whether the signed-in caller holds the permission in that organization
// ok: missing-auth
export async function GET(_request: Request, { params }: Params) {
  const { orgId } = await params;
  const requestHeaders = await headers();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { success } = await auth.api.hasPermission({
    headers: requestHeaders,
    body: { organizationId: orgId, permissions: { keyResult: ['read'] } },
  });
  if (!success) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  // ok: unscoped-tenant-query
  const rows = await db.select().from(keyResults).where(eq(keyResults.organizationId, orgId));
  return NextResponse.json(rows);
}
