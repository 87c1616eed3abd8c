'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { db } from '@/db';
import { appointments } from '@/db/schema';
import { cancelAppointment, listAppointments, verifySession } from '@/lib/dal';

const BookingSchema = z.object({
  patientId: z.coerce.number().int().positive(),
  startsAt: z.coerce.date(),
  reason: z.string().max(500).optional(),
});

// ok: missing-auth, missing-input-validation
export async function bookAppointment(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const input = BookingSchema.parse(Object.fromEntries(formData));
  await db.insert(appointments).values({ ...input, clinicId: session.clinicId });
  revalidatePath('/dashboard/appointments');
}

// ok: missing-auth
export async function cancel(appointmentId: number) {
  const [row] = await cancelAppointment(appointmentId);
  if (!row) return { error: 'Not found' };
  revalidatePath('/dashboard/appointments');
  return { ok: true };
}

// the calendar widget passes the clinic it is showing
// ok: missing-auth
export async function calendarFor(clinicId: number) {
  return listAppointments(clinicId);
}
