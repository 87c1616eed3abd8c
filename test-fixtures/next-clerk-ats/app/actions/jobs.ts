'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { HttpError, requireOrg, requireUserId } from '@/lib/org';

const CreateJobSchema = z.object({
  title: z.string().trim().min(1).max(200),
  department: z.string().trim().max(100).optional(),
  location: z.string().trim().max(100).optional(),
  description: z.string().trim().min(1).max(20_000),
});

const JobIdSchema = z.string().cuid();

export async function createJob(formData: FormData) {
  const org = await requireOrg();
  const userId = requireUserId();
  const input = CreateJobSchema.parse({
    title: formData.get('title'),
    department: formData.get('department') || undefined,
    location: formData.get('location') || undefined,
    description: formData.get('description'),
  });

  const job = await prisma.job.create({
    data: { ...input, orgId: org.id, createdById: userId },
    select: { id: true },
  });
  revalidatePath('/jobs');
  return job;
}

export async function publishJob(jobId: string) {
  const org = await requireOrg();
  const id = JobIdSchema.parse(jobId);

  // ok: unscoped-tenant-query
  const { count } = await prisma.job.updateMany({
    where: { id, orgId: org.id, status: 'DRAFT' },
    data: { status: 'PUBLISHED', publishedAt: new Date() },
  });
  if (count === 0) {
    throw new HttpError(404, 'Draft job not found');
  }

  // ok: token-logging
  console.log('job published', { jobId: id, orgId: org.id });
  revalidatePath('/jobs');
  revalidatePath(`/careers/${org.slug}`);
}

export async function closeJob(jobId: string) {
  const org = await requireOrg();

  // expect: unscoped-tenant-query
  await prisma.job.update({
    where: { id: jobId },
    data: { status: 'CLOSED' },
  });

  revalidatePath('/jobs');
  revalidatePath(`/careers/${org.slug}`);
}
