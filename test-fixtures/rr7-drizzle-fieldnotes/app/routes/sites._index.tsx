import { Form, useLoaderData, data } from 'react-router';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Route } from './+types/sites._index';
import { db, schema } from '../db/client.server';
import { requireUser } from '../auth.server';

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const sites = await db.query.sites.findMany({
    where: and(eq(schema.sites.orgId, user.orgId), eq(schema.sites.archived, false)),
  });
  return { sites };
}

const CreateSite = z.object({ name: z.string().trim().min(1).max(120) });

// ok: missing-auth, missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const parsed = CreateSite.safeParse({ name: form.get('name') });
  if (!parsed.success) return data({ error: 'Name is required' }, { status: 400 });
  await db.insert(schema.sites).values({ orgId: user.orgId, name: parsed.data.name });
  return { ok: true };
}

export default function Sites() {
  const { sites } = useLoaderData<typeof loader>();
  return (
    <main>
      <ul>{sites.map((s) => <li key={s.id}>{s.name}</li>)}</ul>
      <Form method="post"><input name="name" /><button>Add site</button></Form>
    </main>
  );
}
