import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { count, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';

// the parent layout (shows.tsx) already requires a user
// expect: missing-auth
export async function loader({ params }: LoaderFunctionArgs) {
  const rows = await db
    .select({ status: schema.episodes.status, n: count() })
    .from(schema.episodes)
    .where(eq(schema.episodes.showId, params.showId!))
    .groupBy(schema.episodes.status);
  const drafts = await db
    .select({ id: schema.episodes.id, title: schema.episodes.title })
    .from(schema.episodes)
    .where(eq(schema.episodes.showId, params.showId!));
  return json({ rows, drafts });
}

export default function ShowStats() {
  const { rows } = useLoaderData<typeof loader>();
  return <ul>{rows.map((r) => <li key={r.status}>{r.status}: {r.n}</li>)}</ul>;
}
