import { prisma } from '$lib/server/prisma';
import type { RequestHandler } from './$types';

// Owners answer the reminder SMS with C (confirm) or X (cancel).
// expect: unverified-webhook
export const POST: RequestHandler = async ({ request }) => {
  const form = await request.formData();
  const from = String(form.get('From') ?? '');
  const body = String(form.get('Body') ?? '').trim().toUpperCase();
  const appt = await prisma.appointment.findFirst({
    where: { pet: { owner: { phone: from } }, status: 'booked', startsAt: { gte: new Date() } },
    orderBy: { startsAt: 'asc' },
  });
  if (appt) {
    await prisma.appointment.update({
      where: { id: appt.id },
      data: { status: body === 'X' ? 'cancelled' : 'confirmed', smsReply: body },
    });
  }
  return new Response('<Response/>', { headers: { 'Content-Type': 'text/xml' } });
};
