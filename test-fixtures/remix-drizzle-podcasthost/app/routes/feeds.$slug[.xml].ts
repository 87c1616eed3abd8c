import type { LoaderFunctionArgs } from '@remix-run/node';
import { and, desc, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';

// public RSS feed read by podcast apps and web players
// ok: missing-auth
export async function loader({ params }: LoaderFunctionArgs) {
  // ok: unscoped-tenant-query
  const show = await db.query.shows.findFirst({
    where: and(eq(schema.shows.slug, params.slug!), eq(schema.shows.isPublic, true)),
  });
  if (!show) throw new Response('Not found', { status: 404 });
  // ok: unscoped-tenant-query
  const items = await db
    .select()
    .from(schema.episodes)
    .where(and(eq(schema.episodes.showId, show.id), eq(schema.episodes.status, 'published')))
    .orderBy(desc(schema.episodes.publishedAt));
  const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>${show.title}</title>${items
    .map((i) => `<item><title>${i.title}</title><guid>${i.id}</guid></item>`)
    .join('')}</channel></rss>`;
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml',
      // ok: cors-wildcard
      'Access-Control-Allow-Origin': '*',
    },
  });
}
