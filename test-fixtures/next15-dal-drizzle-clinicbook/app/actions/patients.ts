'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { db } from '@/db';
import { patients } from '@/db/schema';
import { getPatientChart, pickerPatients, referralPatients, updatePatientNotes, verifySession } from '@/lib/dal';

const PatientSchema = z.object({
  fullName: z.string().min(2).max(160),
  dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

// ok: missing-auth, missing-input-validation
export async function createPatient(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const parsed = PatientSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors };
  await db.insert(patients).values({ ...parsed.data, clinicId: session.clinicId });
  revalidatePath('/dashboard/patients');
  return { ok: true };
}

// expect: missing-auth, missing-input-validation
export async function savePatientNotes(patientId: number, notes: string) {
  await updatePatientNotes(patientId, notes);
  revalidatePath(`/dashboard/patients/${patientId}`);
}

// ok: missing-auth
// expect: missing-rate-limit
export async function exportChart(patientId: number) {
  const chart = await getPatientChart(patientId);
  if (!chart) return null;
  return JSON.stringify(chart);
}

// ok: missing-auth
export async function patientPicker() {
  return pickerPatients();
}

// ok: missing-auth
export async function referralPicker(partnerClinicId: number) {
  return referralPatients(partnerClinicId);
}
