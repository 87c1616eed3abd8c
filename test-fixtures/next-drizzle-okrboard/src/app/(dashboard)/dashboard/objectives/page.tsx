import { eq } from 'drizzle-orm';
import { db, objectives } from '@/db';
import { requireOrg } from '@/lib/session';
import { archiveObjective, createObjective } from './actions';

export default async function ObjectivesPage() {
  const { orgId } = await requireOrg();
  // ok: unscoped-tenant-query
  const rows = await db.select().from(objectives).where(eq(objectives.organizationId, orgId));
  return (
    <main>
      <h1>Objectives</h1>
      <form action={createObjective}>
        <input name="title" required />
        <input name="quarter" placeholder="2025-Q1" required />
        <button type="submit">Add</button>
      </form>
      <ul>
        {rows.map((o) => (
          <li key={o.id}>
            {o.title} ({o.quarter})
            <form action={archiveObjective.bind(null, o.id)}>
              <button type="submit">Archive</button>
            </form>
          </li>
        ))}
      </ul>
    </main>
  );
}
