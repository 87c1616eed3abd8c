'use server';

import { ApplicationStage } from '@prisma/client';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { HttpError, requireOrg, requireUserId } from '@/lib/org';

const MoveStageSchema = z.object({
  applicationId: z.string().cuid(),
  stage: z.nativeEnum(ApplicationStage),
});

const NotesSchema = z.object({
  candidateId: z.string().cuid(),
  notes: z.string().max(10_000),
});

const ScheduleInterviewSchema = z.object({
  applicationId: z.string().cuid(),
  scheduledAt: z.coerce.date(),
  durationMins: z.number().int().min(15).max(480).default(45),
  location: z.string().trim().max(300).optional(),
  interviewerName: z.string().trim().min(1).max(200),
  interviewerEmail: z.string().trim().toLowerCase().email(),
});

export async function moveApplicationStage(input: z.input<typeof MoveStageSchema>) {
  const org = await requireOrg();
  const { applicationId, stage } = MoveStageSchema.parse(input);

  // ok: unscoped-tenant-query
  const application = await prisma.application.findUnique({
    where: { id: applicationId },
    select: { id: true, orgId: true, jobId: true },
  });
  if (!application || application.orgId !== org.id) {
    throw new HttpError(404, 'Application not found');
  }

  // ok: unscoped-tenant-query
  await prisma.application.update({
    where: { id: application.id },
    data: { stage },
  });
  revalidatePath(`/jobs/${application.jobId}`);
}

export async function updateCandidateNotes(input: z.input<typeof NotesSchema>) {
  await requireOrg();
  const { candidateId, notes } = NotesSchema.parse(input);

  // expect: unscoped-tenant-query
  await prisma.candidate.update({
    where: { id: candidateId },
    data: { notes },
  });
  revalidatePath(`/candidates/${candidateId}`);
}

export async function scheduleInterview(input: z.input<typeof ScheduleInterviewSchema>) {
  const org = await requireOrg();
  const userId = requireUserId();
  const data = ScheduleInterviewSchema.parse(input);

  // ok: unscoped-tenant-query
  const application = await prisma.application.findFirst({
    where: { id: data.applicationId, orgId: org.id },
    select: { id: true },
  });
  if (!application) {
    throw new HttpError(404, 'Application not found');
  }

  const interview = await prisma.interview.create({
    data: {
      orgId: org.id,
      applicationId: application.id,
      scheduledAt: data.scheduledAt,
      durationMins: data.durationMins,
      location: data.location,
      interviewerName: data.interviewerName,
      interviewerEmail: data.interviewerEmail,
      createdById: userId,
    },
    select: { id: true },
  });
  revalidatePath('/interviews');
  return interview;
}
