import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/current-user';
import { prisma } from '@/lib/prisma';

export default async function AdminPage() {
  const me = await requireUser();
  const openCount = await prisma.ticket.count({ where: { organizationId: me.organizationId, status: 'OPEN' } });

  // expect: missing-role-check
  async function purgeClosed() {
    'use server';
    const user = await requireUser();
    // ok: unscoped-tenant-query
    await prisma.ticket.deleteMany({ where: { organizationId: user.organizationId, status: 'CLOSED' } });
    revalidatePath('/admin');
  }

  return (
    <main>
      <h1>Workspace admin</h1>
      <p>{openCount} open tickets</p>
      <form action={purgeClosed}>
        <button type="submit">Purge closed tickets</button>
      </form>
    </main>
  );
}
