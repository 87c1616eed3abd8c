import { requireUser } from '@/lib/current-user';
import { prisma } from '@/lib/prisma';
import { updateStatus } from './actions';

export default async function TicketsPage() {
  const user = await requireUser();
  const tickets = await prisma.ticket.findMany({ where: { organizationId: user.organizationId }, take: 50 });
  return (
    <ul>
      {tickets.map((t) => (
        <li key={t.id}>
          {t.subject}
          <form action={updateStatus}>
            <input type="hidden" name="ticketId" value={t.id} />
            <button name="status" value="CLOSED">Close</button>
          </form>
        </li>
      ))}
    </ul>
  );
}
