import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// public careers page / embeddable widget
// ok: missing-auth
export async function GET(_request: Request, { params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const org = await prisma.organization.findUnique({ where: { slug: orgSlug }, select: { id: true, name: true, logo: true } });
  if (!org) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  // ok: unscoped-tenant-query
  const jobs = await prisma.job.findMany({ where: { organizationId: org.id, published: true }, select: { id: true, title: true, department: true, location: true, description: true } });
  return NextResponse.json({ organization: org, jobs });
}
