import { auth } from '@clerk/nextjs/server';
import { InterviewStatus } from '@prisma/client';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { errorResponse, requireOrg } from '@/lib/org';

type RouteContext = { params: { interviewId: string } };

const UpdateInterviewSchema = z
  .object({
    scheduledAt: z.coerce.date(),
    durationMins: z.number().int().min(15).max(480),
    location: z.string().trim().max(300).nullable(),
    status: z.nativeEnum(InterviewStatus),
    feedback: z.string().max(10_000).nullable(),
    rating: z.number().int().min(1).max(5).nullable(),
  })
  .partial()
  .strict();

// ok: missing-auth
export async function GET(_req: Request, { params }: RouteContext) {
  try {
    const org = await requireOrg();

    // ok: unscoped-tenant-query
    const interview = await prisma.interview.findFirst({
      where: { id: params.interviewId, orgId: org.id },
      include: { application: { include: { candidate: true, job: { select: { title: true } } } } },
    });
    if (!interview) {
      return NextResponse.json({ error: 'Not found' }, { status: 404 });
    }
    return NextResponse.json({ interview });
  } catch (err) {
    return errorResponse(err);
  }
}

// ok: missing-auth
export async function PATCH(req: Request, { params }: RouteContext) {
  try {
    await requireOrg();
    const { getToken } = auth();
    // expect: token-logging
    console.log('PATCH interview, session token:', await getToken());

    const input = UpdateInterviewSchema.parse(await req.json());

    // expect: unscoped-tenant-query
    const interview = await prisma.interview.update({
      where: { id: params.interviewId },
      data: input,
    });

    // ok: token-logging
    console.log('interview updated', { interviewId: interview.id, status: interview.status });
    return NextResponse.json({ interview });
  } catch (err) {
    return errorResponse(err);
  }
}
