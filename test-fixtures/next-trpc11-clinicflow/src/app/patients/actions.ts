'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/server/db';
import { requireSession } from '@/server/session';

// expect: missing-input-validation
export async function updatePatientNotes(patientId: string, notes: string) {
  const session = await requireSession();
  // ok: unscoped-tenant-query
  await db.patient.updateMany({ where: { id: patientId, orgId: session.orgId }, data: { notes } });
  revalidatePath(`/patients/${patientId}`);
}

// expect: missing-auth
export async function archivePatient(formData: FormData) {
  const id = String(formData.get('patientId'));
  await db.patient.update({ where: { id }, data: { archived: true } });
  revalidatePath('/patients');
}

const RenameInput = z.object({ patientId: z.string().cuid(), firstName: z.string().min(1).max(80), lastName: z.string().min(1).max(80) });

export async function renamePatient(formData: FormData) {
  await requireSession();
  const input = RenameInput.parse(Object.fromEntries(formData));
  // expect: unscoped-tenant-query
  await db.patient.update({
    where: { id: input.patientId },
    data: { firstName: input.firstName, lastName: input.lastName },
  });
  revalidatePath('/patients');
}

export async function refreshPatients() {
  revalidatePath('/patients');
}
