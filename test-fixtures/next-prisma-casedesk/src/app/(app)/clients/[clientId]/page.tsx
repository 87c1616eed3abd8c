import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';

export default async function ClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const user = await requireUser();
  const { clientId } = await params;
  const client = await prisma.client.findFirst({ where: { id: clientId, firmId: user.firmId } });
  if (!client) notFound();

  // the email is saved as typed
  // ok: missing-auth
  // expect: missing-input-validation
  async function updateEmail(formData: FormData) {
    'use server';
    const me = await requireUser();
    // ok: unscoped-tenant-query
    await prisma.client.updateMany({ where: { id: String(formData.get('clientId')), firmId: me.firmId }, data: { email: String(formData.get('email')) } });
    revalidatePath(`/clients/${formData.get('clientId')}`);
  }

  return (
    <form action={updateEmail}>
      <input type="hidden" name="clientId" value={client.id} />
      <input name="email" defaultValue={client.email ?? ''} />
      <button type="submit">Save</button>
    </form>
  );
}
