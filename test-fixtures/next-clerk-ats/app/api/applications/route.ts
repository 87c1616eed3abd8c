import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { errorResponse, requireOrg } from '@/lib/org';

const CreateApplicationSchema = z.object({
  jobId: z.string().cuid(),
  candidateId: z.string().cuid(),
  source: z.string().trim().max(100).optional(),
});

// ok: missing-auth
export async function GET(req: Request) {
  try {
    const org = await requireOrg();
    const jobId = new URL(req.url).searchParams.get('jobId');

    if (jobId) {
      // expect: unscoped-tenant-query
      const applications = await prisma.application.findMany({
        where: { jobId },
        include: { candidate: true },
        orderBy: { createdAt: 'desc' },
      });
      return NextResponse.json({ applications });
    }

    // ok: unscoped-tenant-query
    const applications = await prisma.application.findMany({
      where: { orgId: org.id },
      include: { candidate: true, job: { select: { id: true, title: true } } },
      orderBy: { createdAt: 'desc' },
      take: 200,
    });
    return NextResponse.json({ applications });
  } catch (err) {
    return errorResponse(err);
  }
}

// ok: missing-auth
export async function POST(req: Request) {
  // expect: token-logging
  console.log('POST /api/applications authorization:', req.headers.get('authorization'));
  try {
    const org = await requireOrg();
    const input = CreateApplicationSchema.parse(await req.json());

    // Both referenced records must belong to the caller's organization.
    const [job, candidate] = await Promise.all([
      // ok: unscoped-tenant-query
      prisma.job.findFirst({ where: { id: input.jobId, orgId: org.id }, select: { id: true } }),
      // ok: unscoped-tenant-query
      prisma.candidate.findFirst({ where: { id: input.candidateId, orgId: org.id }, select: { id: true } }),
    ]);
    if (!job || !candidate) {
      return NextResponse.json({ error: 'Job or candidate not found' }, { status: 404 });
    }

    const application = await prisma.application.create({
      data: {
        orgId: org.id,
        jobId: job.id,
        candidateId: candidate.id,
        source: input.source,
      },
    });
    return NextResponse.json({ application }, { status: 201 });
  } catch (err) {
    return errorResponse(err);
  }
}
