import { Form, useLoaderData } from 'react-router';
import { and, eq } from 'drizzle-orm';
import type { Route } from './+types/admin.users';
import { db, schema } from '../db/client.server';
import { requireAdmin, requireUser } from '../auth.server';

// expect: missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const members = await db.query.users.findMany({
    where: eq(schema.users.orgId, user.orgId),
    columns: { id: true, email: true, role: true },
  });
  return { members };
}

// ok: missing-auth, missing-role-check, missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const admin = await requireAdmin(request);
  const form = await request.formData();
  const intent = form.get('intent');
  const userId = String(form.get('userId'));
  if (intent === 'promote') {
    // ok: unscoped-tenant-query
    await db
      .update(schema.users)
      .set({ role: 'admin' })
      .where(and(eq(schema.users.id, userId), eq(schema.users.orgId, admin.orgId)));
  }
  return { ok: true };
}

export default function AdminUsers() {
  const { members } = useLoaderData<typeof loader>();
  return (
    <ul>
      {members.map((m) => (
        <li key={m.id}>
          {m.email} ({m.role})
          <Form method="post"><input type="hidden" name="userId" value={m.id} /><button name="intent" value="promote">Promote</button></Form>
        </li>
      ))}
    </ul>
  );
}
