import { JobStatus } from '@prisma/client';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { errorResponse, requireOrg } from '@/lib/org';

type RouteContext = { params: { jobId: string } };

const UpdateJobSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    department: z.string().trim().max(100).nullable(),
    location: z.string().trim().max(100).nullable(),
    description: z.string().trim().min(1).max(20_000),
    status: z.nativeEnum(JobStatus),
  })
  .partial()
  .strict();

// ok: missing-auth
export async function GET(_req: Request, { params }: RouteContext) {
  try {
    await requireOrg();

    // expect: unscoped-tenant-query
    const job = await prisma.job.findUnique({
      where: { id: params.jobId },
      include: {
        applications: {
          include: { candidate: true },
          orderBy: { createdAt: 'desc' },
        },
      },
    });
    if (!job) {
      return NextResponse.json({ error: 'Not found' }, { status: 404 });
    }
    return NextResponse.json({ job });
  } catch (err) {
    return errorResponse(err);
  }
}

// ok: missing-auth
export async function PATCH(req: Request, { params }: RouteContext) {
  try {
    const org = await requireOrg();
    const input = UpdateJobSchema.parse(await req.json());
    const data = input.status === 'PUBLISHED' ? { ...input, publishedAt: new Date() } : input;

    // ok: unscoped-tenant-query
    const { count } = await prisma.job.updateMany({
      where: { id: params.jobId, orgId: org.id },
      data,
    });
    if (count === 0) {
      return NextResponse.json({ error: 'Not found' }, { status: 404 });
    }

    // ok: unscoped-tenant-query
    const job = await prisma.job.findFirst({ where: { id: params.jobId, orgId: org.id } });
    return NextResponse.json({ job });
  } catch (err) {
    return errorResponse(err);
  }
}

// ok: missing-auth
export async function DELETE(_req: Request, { params }: RouteContext) {
  try {
    const org = await requireOrg();

    // ok: unscoped-tenant-query
    const job = await prisma.job.findUnique({
      where: { id: params.jobId },
      select: { id: true, orgId: true },
    });
    if (!job || job.orgId !== org.id) {
      return NextResponse.json({ error: 'Not found' }, { status: 404 });
    }

    // ok: unscoped-tenant-query
    await prisma.job.delete({ where: { id: job.id } });
    return new NextResponse(null, { status: 204 });
  } catch (err) {
    return errorResponse(err);
  }
}
