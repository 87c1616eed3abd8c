import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/prisma';
import { verifyKioskToken } from '$lib/server/kiosk';
import type { RequestHandler } from './$types';

const CheckIn = z.object({ appointmentId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export const POST: RequestHandler = async ({ request, cookies }) => {
  const kiosk = verifyKioskToken(cookies.get('kiosk_session') ?? null);
  if (!kiosk) error(401, 'Kiosk not signed in');
  const { appointmentId } = CheckIn.parse(await request.json());
  // ok: unscoped-tenant-query
  const { count } = await prisma.appointment.updateMany({
    where: { id: appointmentId, clinicId: kiosk.clinicId },
    data: { status: 'arrived' },
  });
  if (count === 0) error(404, 'Not found');
  return json({ ok: true });
};
