import { JobStatus } from '@prisma/client';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { errorResponse, requireOrg, requireUserId } from '@/lib/org';

const CreateJobSchema = z.object({
  title: z.string().trim().min(1).max(200),
  department: z.string().trim().max(100).optional(),
  location: z.string().trim().max(100).optional(),
  description: z.string().trim().min(1).max(20_000),
});

// ok: missing-auth
export async function GET(req: Request) {
  try {
    const org = await requireOrg();
    const rawStatus = new URL(req.url).searchParams.get('status');
    const status = z.nativeEnum(JobStatus).optional().parse(rawStatus ?? undefined);

    // ok: unscoped-tenant-query
    const jobs = await prisma.job.findMany({
      where: { orgId: org.id, ...(status ? { status } : {}) },
      orderBy: { createdAt: 'desc' },
      include: { _count: { select: { applications: true } } },
    });
    return NextResponse.json({ jobs });
  } catch (err) {
    return errorResponse(err);
  }
}

// ok: missing-auth
export async function POST(req: Request) {
  try {
    const org = await requireOrg();
    const userId = requireUserId();
    const input = CreateJobSchema.parse(await req.json());

    const job = await prisma.job.create({
      data: { ...input, orgId: org.id, createdById: userId },
    });
    return NextResponse.json({ job }, { status: 201 });
  } catch (err) {
    return errorResponse(err);
  }
}
