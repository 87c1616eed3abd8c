import { NextResponse } from 'next/server';
import { requireUser } from '@/lib/current-user';
import { prisma } from '@/lib/prisma';

// workspace admins export who changed what
// expect: missing-role-check
export async function GET() {
  const user = await requireUser();
  // ok: unscoped-tenant-query
  const users = await prisma.user.findMany({ where: { organizationId: user.organizationId }, select: { id: true, email: true, role: true } });
  return NextResponse.json(users);
}
