import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

// the firm's audit trail: meant for admins, checked only for a session
// ok: missing-auth
// expect: missing-role-check
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const events = await prisma.auditEvent.findMany({ where: { firmId: session.user.firmId }, orderBy: { createdAt: 'desc' }, take: 200 });
  return NextResponse.json(events);
}
