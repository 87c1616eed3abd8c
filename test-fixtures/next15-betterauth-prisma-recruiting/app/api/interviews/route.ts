import { NextResponse } from 'next/server';
import { headers } from 'next/headers';
import { withOrg } from '@/lib/withOrg';
import { auth } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

// upcoming interviews for the calendar sidebar
// ok: missing-auth
export const GET = withOrg(async (_request, { organizationId }) => {
  // ok: unscoped-tenant-query
  const apps = await prisma.application.findMany({ where: { organizationId, stage: 'interview' }, include: { candidate: { select: { fullName: true } }, job: { select: { title: true } } } });
  return NextResponse.json(apps);
});

// agencies working for several clients pass ?org= to look at another client's pipeline
// ok: missing-auth
export async function POST(request: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const organizationId = new URL(request.url).searchParams.get('org') ?? session.session.activeOrganizationId ?? '';
  // expect: unscoped-tenant-query
  const apps = await prisma.application.findMany({ where: { organizationId, stage: 'offer' } });
  return NextResponse.json(apps);
}
