import { NextResponse } from 'next/server';
import { headers } from 'next/headers';
import { auth } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
import { JobInput } from '@/lib/validation';

type Ctx = { params: Promise<{ id: string }> };

async function orgOf() {
  const session = await auth.api.getSession({ headers: await headers() });
  return session?.session.activeOrganizationId ?? null;
}

// ok: missing-auth
export async function GET(_request: Request, { params }: Ctx) {
  const { id } = await params;
  const organizationId = await orgOf();
  if (!organizationId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const job = await prisma.job.findFirst({ where: { id, organizationId }, include: { _count: { select: { applications: true } } } });
  if (!job) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(job);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(request: Request, { params }: Ctx) {
  const { id } = await params;
  const organizationId = await orgOf();
  if (!organizationId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const data = JobInput.partial().parse(await request.json());
  // expect: unscoped-tenant-query
  const job = await prisma.job.update({ where: { id }, data });
  return NextResponse.json(job);
}

// ok: missing-auth
export async function DELETE(_request: Request, { params }: Ctx) {
  const { id } = await params;
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const organizationId = session.session.activeOrganizationId!;
  // ok: unscoped-tenant-query
  const member = await prisma.member.findFirst({ where: { organizationId, userId: session.user.id } });
  if (!member || !['owner', 'admin'].includes(member.role)) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  // ok: unscoped-tenant-query
  await prisma.job.deleteMany({ where: { id, organizationId } });
  return new NextResponse(null, { status: 204 });
}
