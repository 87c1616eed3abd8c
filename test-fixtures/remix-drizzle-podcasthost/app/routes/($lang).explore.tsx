import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { and, eq, ilike } from 'drizzle-orm';
import { db, schema } from '~/db.server';

// public directory of shows, optionally localised (/de/explore)
// ok: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get('q') ?? '';
  // ok: unscoped-tenant-query
  const shows = await db
    .select({ slug: schema.shows.slug, title: schema.shows.title })
    .from(schema.shows)
    .where(and(eq(schema.shows.isPublic, true), ilike(schema.shows.title, `%${q}%`)))
    .limit(50);
  return json({ shows });
}

export default function Explore() {
  const { shows } = useLoaderData<typeof loader>();
  return <ul>{shows.map((s) => <li key={s.slug}>{s.title}</li>)}</ul>;
}
