import { revalidatePath } from 'next/cache';
import { db } from '@/server/db';
import { requireSession } from '@/server/session';

export default async function PatientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await requireSession();
  // ok: unscoped-tenant-query
  const patient = await db.patient.findFirst({ where: { id, orgId: session.orgId }, include: { visits: true } });
  if (!patient) return <p>Not found</p>;

  // expect: missing-auth
  async function cancelVisit(formData: FormData) {
    'use server';
    await db.appointment.update({ where: { id: String(formData.get('visitId')) }, data: { status: 'CANCELLED' } });
    revalidatePath(`/patients/${id}`);
  }

  return (
    <main>
      <h1>{patient.firstName} {patient.lastName}</h1>
      {patient.visits.map((v) => (
        <form key={v.id} action={cancelVisit}>
          <input type="hidden" name="visitId" value={v.id} />
          <button type="submit">Cancel {v.startsAt.toISOString()}</button>
        </form>
      ))}
    </main>
  );
}
