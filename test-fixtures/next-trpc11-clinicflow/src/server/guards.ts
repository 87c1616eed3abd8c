import { TRPCError } from '@trpc/server';
import { db } from './db';

/** Throws unless the patient belongs to the caller's organization. */
export async function assertPatientInOrg(orgId: string, patientId: string) {
  const patient = await db.patient.findFirst({ where: { id: patientId, orgId }, select: { id: true } });
  if (!patient) throw new TRPCError({ code: 'NOT_FOUND' });
  return patient;
}
