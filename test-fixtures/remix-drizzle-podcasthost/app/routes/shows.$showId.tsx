import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Outlet, useLoaderData } from '@remix-run/react';
import { and, desc, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUser } from '~/auth.server';

// ok: missing-auth
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  // expect: unscoped-tenant-query
  const show = await db.query.shows.findFirst({ where: eq(schema.shows.id, params.showId!) });
  if (!show) throw new Response('Not found', { status: 404 });
  // ok: unscoped-tenant-query
  const episodes = await db
    .select()
    .from(schema.episodes)
    .where(eq(schema.episodes.showId, show.id))
    .orderBy(desc(schema.episodes.publishedAt));
  return json({ show, episodes });
}

// expect: missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  // ok: unscoped-tenant-query
  await db
    .update(schema.shows)
    .set({
      title: String(form.get('title')),
      description: String(form.get('description') ?? ''),
      isPublic: form.get('isPublic') === 'on',
    })
    .where(and(eq(schema.shows.id, params.showId!), eq(schema.shows.teamId, user.teamId)));
  return json({ ok: true });
}

export default function ShowPage() {
  const { show, episodes } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{show.title}</h1>
      <Form method="post">
        <input name="title" defaultValue={show.title} />
        <textarea name="description" defaultValue={show.description ?? ''} />
        <input type="checkbox" name="isPublic" defaultChecked={show.isPublic} />
        <button type="submit">Save</button>
      </Form>
      <ul>{episodes.map((e) => <li key={e.id}>{e.title}</li>)}</ul>
      <Outlet />
    </section>
  );
}
