import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/prisma';
import type { RequestHandler } from './$types';

const Reminder = z.object({ appointmentId: z.string().cuid(), note: z.string().max(300) });

// expect: missing-auth
export const POST: RequestHandler = async ({ request, locals }) => {
  const session = await locals.auth();
  const clinicId = (session?.user as { clinicId?: string } | undefined)?.clinicId;
  const input = Reminder.parse(await request.json());
  await prisma.appointment.updateMany({ where: { id: input.appointmentId, clinicId }, data: { smsReply: input.note } });
  return json({ ok: true });
};
