import { NextResponse } from 'next/server';
import { headers } from 'next/headers';
import { z } from 'zod';
import { auth } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

const RoleChange = z.object({ role: z.enum(['owner', 'admin', 'member']) });

// ok: missing-auth, missing-input-validation
// expect: missing-role-check
export async function PATCH(request: Request, { params }: { params: Promise<{ memberId: string }> }) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.session.activeOrganizationId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { memberId } = await params;
  const { role } = RoleChange.parse(await request.json());
  // ok: unscoped-tenant-query
  const updated = await prisma.member.updateMany({ where: { id: memberId, organizationId: session.session.activeOrganizationId }, data: { role } });
  return NextResponse.json({ updated: updated.count });
}

// ok: missing-auth, missing-role-check
export async function DELETE(_request: Request, { params }: { params: Promise<{ memberId: string }> }) {
  const requestHeaders = await headers();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session?.session.activeOrganizationId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { success } = await auth.api.hasPermission({ headers: requestHeaders, body: { permissions: { member: ['delete'] } } });
  if (!success) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  const { memberId } = await params;
  // ok: unscoped-tenant-query
  await prisma.member.deleteMany({ where: { id: memberId, organizationId: session.session.activeOrganizationId } });
  return new NextResponse(null, { status: 204 });
}
