import { Form, redirect, useLoaderData, data } from 'react-router';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Route } from './+types/sites.$siteId';
import { db, schema } from '../db/client.server';
import { requireUser } from '../auth.server';

// ok: missing-auth
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // expect: unscoped-tenant-query
  const site = await db.query.sites.findFirst({ where: eq(schema.sites.id, params.siteId) });
  if (!site) throw new Response('Not found', { status: 404 });
  // ok: unscoped-tenant-query
  const siteNotes = await db.query.notes.findMany({
    where: and(eq(schema.notes.siteId, site.id), eq(schema.notes.orgId, user.orgId)),
    orderBy: desc(schema.notes.createdAt),
  });
  return { site, notes: siteNotes };
}

const Rename = z.object({ name: z.string().trim().min(1).max(120) });

// ok: missing-auth, missing-input-validation
export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const intent = form.get('intent');

  switch (intent) {
    case 'rename': {
      const parsed = Rename.safeParse({ name: form.get('name') });
      if (!parsed.success) return data({ error: 'Invalid name' }, { status: 400 });
      // ok: unscoped-tenant-query
      await db
        .update(schema.sites)
        .set({ name: parsed.data.name })
        .where(and(eq(schema.sites.id, params.siteId), eq(schema.sites.orgId, user.orgId)));
      return { ok: true };
    }
    case 'archive': {
      // expect: unscoped-tenant-query
      await db.update(schema.sites).set({ archived: true }).where(eq(schema.sites.id, params.siteId));
      return redirect('/sites');
    }
    case 'delete-note': {
      const noteId = String(form.get('noteId'));
      // ok: unscoped-tenant-query
      const note = await db.query.notes.findFirst({ where: eq(schema.notes.id, noteId) });
      if (!note || note.orgId !== user.orgId) throw new Response('Not found', { status: 404 });
      // ok: unscoped-tenant-query
      await db.delete(schema.notes).where(eq(schema.notes.id, note.id));
      return { ok: true };
    }
    default:
      throw new Response(`Unknown intent`, { status: 400 });
  }
}

export default function Site() {
  const { site, notes } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>{site.name}</h1>
      {notes.map((n) => <p key={n.id}>{n.body}</p>)}
      <Form method="post"><button name="intent" value="archive">Archive</button></Form>
    </main>
  );
}
