import { json, type LoaderFunction } from '@remix-run/node';
import { and, count, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { withUser } from '~/lib/with-user.server';

// ok: missing-auth
export const loader: LoaderFunction = withUser(async ({ params, user }) => {
  // ok: unscoped-tenant-query
  const [row] = await db
    .select({ n: count() })
    .from(schema.episodes)
    .where(and(eq(schema.episodes.showId, params.showId!), eq(schema.episodes.teamId, user.teamId)));
  return json({ episodes: row.n });
});

// ok: missing-auth
export const action = withUser(async ({ request, params, user }) => {
  const form = await request.formData();
  if (form.get('intent') !== 'reset-cache') return json({ ok: false }, { status: 400 });
  // ok: unscoped-tenant-query
  const show = await db.query.shows.findFirst({ where: eq(schema.shows.id, params.showId!) });
  if (!show || show.teamId !== user.teamId) throw new Response('Not found', { status: 404 });
  return json({ ok: true });
});
