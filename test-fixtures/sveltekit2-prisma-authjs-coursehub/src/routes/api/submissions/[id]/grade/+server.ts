import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/prisma';
import { requireInstructor } from '$lib/server/guards';
import type { RequestHandler } from './$types';

const Grade = z.object({ grade: z.number().int().min(0).max(100), feedback: z.string().max(4000).optional() });

// ok: missing-input-validation
export const POST: RequestHandler = async (event) => {
  await requireInstructor(event);
  const { grade, feedback } = Grade.parse(await event.request.json());
  // expect: unscoped-tenant-query
  const submission = await prisma.submission.update({
    where: { id: event.params.id },
    data: { grade, feedback },
  });
  return json(submission);
};
