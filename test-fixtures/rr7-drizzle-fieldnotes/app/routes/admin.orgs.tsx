import { useLoaderData } from 'react-router';
import { eq } from 'drizzle-orm';
import type { Route } from './+types/admin.orgs';
import { db, schema } from '../db/client.server';
import { requireAdmin, requireUserId } from '../auth.server';

// ok: missing-auth, missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  await requireAdmin(request);
  // `admin` is a role on a user of one organization (users.orgId): every organization's admin lists them all
  // expect: unscoped-tenant-query
  return { orgs: await db.select().from(schema.organizations) };
}

// expect: missing-role-check
export async function action({ request }: Route.ActionArgs) {
  await requireUserId(request);
  const form = await request.formData();
  if (form.get('intent') === 'delete-org') {
    const orgId = String(form.get('orgId'));
    // expect: unscoped-tenant-query
    await db.delete(schema.notes).where(eq(schema.notes.orgId, orgId));
    // expect: unscoped-tenant-query
    await db.delete(schema.organizations).where(eq(schema.organizations.id, orgId));
  }
  return { ok: true };
}

export default function AdminOrgs() {
  const { orgs } = useLoaderData<typeof loader>();
  return <ul>{orgs.map((o) => <li key={o.id}>{o.name}</li>)}</ul>;
}
