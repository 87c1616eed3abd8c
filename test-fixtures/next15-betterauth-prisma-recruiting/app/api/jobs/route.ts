import { NextResponse } from 'next/server';
import { headers } from 'next/headers';
import { z } from 'zod';
import { auth } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
import { JobInput } from '@/lib/validation';

// ok: missing-auth
export async function GET(request: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.session.activeOrganizationId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const q = new URL(request.url).searchParams.get('q');
  const where = {
    organizationId: session.session.activeOrganizationId,
    ...(q ? { title: { contains: q, mode: 'insensitive' as const } } : {}),
  };
  // ok: unscoped-tenant-query
  const jobs = await prisma.job.findMany({ where, orderBy: { createdAt: 'desc' } });
  return NextResponse.json(jobs);
}

// ok: missing-auth, missing-input-validation
export async function POST(request: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.session.activeOrganizationId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  try {
    const data = JobInput.parse(await request.json());
    // ok: unscoped-tenant-query
    const job = await prisma.job.create({ data: { ...data, organizationId: session.session.activeOrganizationId } });
    return NextResponse.json(job, { status: 201 });
  } catch (err) {
    if (err instanceof z.ZodError) {
      // ok: error-details-leak
      return NextResponse.json({ error: 'Invalid job', issues: err.issues }, { status: 400 });
    }
    throw err;
  }
}
