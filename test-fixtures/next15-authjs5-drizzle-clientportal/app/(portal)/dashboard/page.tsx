import { eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { db } from '@/lib/db';
import { invoices } from '@/lib/db/schema';
import { markInvoicePaid } from '@/lib/actions/invoices';
import { ConnectDesktopApp } from '@/components/ConnectDesktopApp';

export default async function DashboardPage() {
  const session = await auth();
  const rows = session?.user
    ? await db.select().from(invoices).where(eq(invoices.orgId, session.user.orgId))
    : [];

  return (
    <main>
      <h1>Invoices</h1>
      <ul>
        {rows.map((inv) => (
          <li key={inv.id}>
            {inv.number} — {inv.status}
            <form action={markInvoicePaid.bind(null, inv.id)}>
              <button type="submit">Mark paid</button>
            </form>
          </li>
        ))}
      </ul>
      <ConnectDesktopApp />
    </main>
  );
}
