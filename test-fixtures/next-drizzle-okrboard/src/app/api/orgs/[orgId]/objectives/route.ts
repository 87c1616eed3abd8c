import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { db, objectives } from '@/db';
import { auth } from '@/lib/auth';
import { membershipRole } from '@/lib/session';

type Params = { params: Promise<{ orgId: string }> };

// ok: missing-auth
export async function GET(_request: Request, { params }: Params) {
  const { orgId } = await params;
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (!(await membershipRole(orgId, session.user.id))) {
    return NextResponse.json({ error: 'Not a member' }, { status: 403 });
  }
  // ok: unscoped-tenant-query
  const rows = await db.select().from(objectives).where(eq(objectives.organizationId, orgId));
  return NextResponse.json(rows);
}
