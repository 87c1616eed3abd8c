import { json } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { count, desc, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';

// ok: missing-auth, unscoped-tenant-query
export async function loader() {
  const [{ n }] = await db.select({ n: count() }).from(schema.shows);
  const featured = await db
    .select({ slug: schema.shows.slug, title: schema.shows.title, artworkUrl: schema.shows.artworkUrl })
    .from(schema.shows)
    .where(eq(schema.shows.isPublic, true))
    .orderBy(desc(schema.shows.title))
    .limit(6);
  return json({ showCount: n, featured });
}

export default function Index() {
  const { showCount, featured } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Host your podcast on Castbay</h1>
      <p>{showCount} shows and counting.</p>
      <ul>{featured.map((s) => <li key={s.slug}>{s.title}</li>)}</ul>
    </main>
  );
}
