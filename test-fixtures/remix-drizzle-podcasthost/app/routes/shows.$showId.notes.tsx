import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { and, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUserId } from '~/auth.server';

// ok: missing-auth
export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  // ok: unscoped-tenant-query
  const me = await db.query.users.findFirst({ where: eq(schema.users.id, userId), columns: { teamId: true } });
  if (!me) throw new Response('Not found', { status: 404 });
  // ok: unscoped-tenant-query
  const episodes = await db
    .select({ id: schema.episodes.id, transcript: schema.episodes.transcript })
    .from(schema.episodes)
    .where(and(eq(schema.episodes.showId, params.showId!), eq(schema.episodes.teamId, me.teamId)));
  return json({ episodes });
}

export default function Notes() {
  const { episodes } = useLoaderData<typeof loader>();
  return <ul>{episodes.map((e) => <li key={e.id}>{e.transcript?.slice(0, 80)}</li>)}</ul>;
}
