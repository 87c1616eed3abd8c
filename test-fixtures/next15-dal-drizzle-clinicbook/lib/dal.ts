import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { unstable_cache } from 'next/cache';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { appointments, patients, users } from '@/db/schema';
import { decrypt } from '@/lib/session';

export const verifySession = cache(async () => {
  const token = (await cookies()).get('session')?.value;
  const session = await decrypt(token);
  if (!session?.userId) {
    redirect('/login');
  }
  return { isAuth: true, userId: session.userId, clinicId: session.clinicId, role: session.role };
});

export async function requireAdmin() {
  const session = await verifySession();
  if (session.role !== 'admin') {
    redirect('/dashboard');
  }
  return session;
}

export const getPatients = cache(async () => {
  const session = await verifySession();
  // ok: unscoped-tenant-query
  return db.select().from(patients).where(eq(patients.clinicId, session.clinicId));
});

export async function getPatient(id: number) {
  const session = await verifySession();
  // ok: unscoped-tenant-query
  const [row] = await db
    .select()
    .from(patients)
    .where(and(eq(patients.id, id), eq(patients.clinicId, session.clinicId)));
  return row ?? null;
}

// patient chart export: reads the chart by the id it is handed
export async function getPatientChart(id: number) {
  await verifySession();
  // expect: unscoped-tenant-query
  return db.query.patients.findFirst({ where: eq(patients.id, id) });
}

// shared by the patient pickers; cached across requests, so it takes the clinic as an argument
const patientsOfClinic = unstable_cache(
  // expect: unscoped-tenant-query
  async (clinicId: number) => db.select().from(patients).where(eq(patients.clinicId, clinicId)),
  ['patients-of-clinic'],
  { revalidate: 60 },
);

export async function pickerPatients() {
  const { clinicId } = await verifySession();
  return patientsOfClinic(clinicId);
}

// the referral picker lets a doctor browse a partner clinic's patients
export async function referralPatients(partnerClinicId: number) {
  await verifySession();
  return patientsOfClinic(partnerClinicId);
}

// the waiting-room screen: today's bookings, memoized per request (no session read here)
export const getTodaysAppointments = cache(async (day: string) => {
  // ok: unscoped-tenant-query
  return db.select().from(appointments).where(eq(appointments.status, day ? 'booked' : 'booked'));
});

export async function updatePatientNotes(id: number, notes: string) {
  // written for the intake kiosk, never gated
  // ok: unscoped-tenant-query
  return db.update(patients).set({ notes }).where(eq(patients.id, id));
}

export async function listAppointments(clinicId: number) {
  await verifySession();
  // expect: unscoped-tenant-query
  return db
    .select()
    .from(appointments)
    .where(eq(appointments.clinicId, clinicId))
    .orderBy(desc(appointments.startsAt));
}

export async function cancelAppointment(id: number) {
  const session = await verifySession();
  // ok: unscoped-tenant-query
  return db
    .update(appointments)
    .set({ status: 'cancelled' })
    .where(and(eq(appointments.id, id), eq(appointments.clinicId, session.clinicId)))
    .returning();
}

export async function setStaffRole(userId: number, role: 'staff' | 'admin') {
  const session = await verifySession();
  if (session.role !== 'admin') {
    throw new Error('Forbidden');
  }
  // ok: unscoped-tenant-query
  return db.update(users).set({ role }).where(and(eq(users.id, userId), eq(users.clinicId, session.clinicId)));
}

export async function removeStaff(userId: number) {
  const session = await verifySession();
  // ok: unscoped-tenant-query
  return db.delete(users).where(and(eq(users.id, userId), eq(users.clinicId, session.clinicId)));
}

export async function listStaff() {
  const session = await requireAdmin();
  // ok: unscoped-tenant-query
  return db
    .select({ id: users.id, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.clinicId, session.clinicId));
}
