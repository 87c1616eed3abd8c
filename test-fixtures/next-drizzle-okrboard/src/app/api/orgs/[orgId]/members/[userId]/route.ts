import { and, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db, member } from '@/db';
import { membershipRole, requireSession } from '@/lib/session';

type Params = { params: Promise<{ orgId: string; userId: string }> };

// the caller only has to belong to the organization: any member can remove any other
// expect: missing-role-check
// ok: missing-auth
export async function DELETE(_request: Request, { params }: Params) {
  const { orgId, userId } = await params;
  const session = await requireSession();
  const callerRole = await membershipRole(orgId, session.user.id);
  if (!callerRole) return NextResponse.json({ error: 'Not a member' }, { status: 403 });
  // ok: unscoped-tenant-query
  await db.delete(member).where(and(eq(member.organizationId, orgId), eq(member.userId, userId)));
  return new NextResponse(null, { status: 204 });
}
