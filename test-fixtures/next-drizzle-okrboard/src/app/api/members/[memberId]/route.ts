import { and, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db, member } from '@/db';
import { isOrgAdmin, membershipRole, requireOrg } from '@/lib/session';

type Params = { params: Promise<{ memberId: string }> };

const RoleChange = z.object({ role: z.enum(['member', 'admin']) });

// ok: missing-auth, missing-role-check, missing-input-validation
export async function PATCH(request: Request, { params }: Params) {
  const { memberId } = await params;
  const { orgId, userId } = await requireOrg();
  if (!isOrgAdmin(await membershipRole(orgId, userId))) {
    return NextResponse.json({ error: 'Only admins can change roles' }, { status: 403 });
  }
  const { role } = RoleChange.parse(await request.json());
  // ok: unscoped-tenant-query
  await db.update(member).set({ role }).where(and(eq(member.id, memberId), eq(member.organizationId, orgId)));
  return NextResponse.json({ ok: true });
}

// expect: missing-role-check
// ok: missing-auth
export async function DELETE(_request: Request, { params }: Params) {
  const { memberId } = await params;
  const { orgId } = await requireOrg();
  // ok: unscoped-tenant-query
  await db.delete(member).where(and(eq(member.id, memberId), eq(member.organizationId, orgId)));
  return new NextResponse(null, { status: 204 });
}
