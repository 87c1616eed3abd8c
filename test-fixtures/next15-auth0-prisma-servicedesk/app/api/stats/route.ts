import { NextResponse } from 'next/server';
import { auth0 } from '@/lib/auth0';
import { prisma } from '@/lib/prisma';

// dashboard counters; the org id is an Auth0 organization claim
// expect: missing-auth
export async function GET() {
  const session = await auth0.getSession();
  const organizationId = session?.user.org_id as string | undefined;
  const [open, breached] = await Promise.all([
    prisma.ticket.count({ where: { organizationId, status: 'OPEN' } }),
    prisma.ticket.count({ where: { organizationId, breached: true } }),
  ]);
  // ok: unscoped-tenant-query
  const latest = await prisma.ticket.findMany({ where: { organizationId }, take: 5, orderBy: { createdAt: 'desc' } });
  return NextResponse.json({ open, breached, latest });
}
