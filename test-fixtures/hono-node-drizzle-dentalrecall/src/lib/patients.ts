import { HTTPException } from 'hono/http-exception';
import { and, eq } from 'drizzle-orm';
import { db, patients } from '../db';

/** throws 404 unless the patient belongs to the given practice */
export async function assertPatientInPractice(practiceId: string, patientId: string) {
  const [row] = await db
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.id, patientId), eq(patients.practiceId, practiceId)));
  if (!row) throw new HTTPException(404, { message: 'patient not found' });
  return row;
}
