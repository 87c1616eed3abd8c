import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';

// Candidate self-service portal: the application id from the confirmation email is the only "credential".
type RouteContext = { params: { applicationId: string } };

const UpdateContactSchema = z
  .object({
    email: z.string().trim().toLowerCase().email(),
    phone: z.string().trim().max(40).nullable(),
  })
  .partial()
  .strict();

// expect: missing-auth
export async function GET(_req: Request, { params }: RouteContext) {
  const application = await prisma.application.findUnique({
    where: { id: params.applicationId },
    include: {
      candidate: true,
      job: { select: { title: true, location: true } },
      interviews: { select: { scheduledAt: true, status: true, interviewerName: true, feedback: true, rating: true } },
    },
  });
  if (!application) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }
  return NextResponse.json({ application });
}

// expect: missing-auth
export async function PATCH(req: Request, { params }: RouteContext) {
  const parsed = UpdateContactSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) {
    return NextResponse.json({ error: 'Invalid request' }, { status: 400 });
  }

  const application = await prisma.application.findUnique({
    where: { id: params.applicationId },
    select: { candidateId: true },
  });
  if (!application) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }

  const candidate = await prisma.candidate.update({
    where: { id: application.candidateId },
    data: parsed.data,
    select: { email: true, phone: true },
  });
  return NextResponse.json({ candidate });
}

// expect: missing-auth
export async function DELETE(_req: Request, { params }: RouteContext) {
  const { count } = await prisma.application.updateMany({
    where: { id: params.applicationId, stage: { notIn: ['HIRED', 'WITHDRAWN'] } },
    data: { stage: 'WITHDRAWN' },
  });
  if (count === 0) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }
  return new NextResponse(null, { status: 204 });
}
