import { desc, eq } from 'drizzle-orm';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const rows = await db.select({ slug: tables.articles.slug, title: tables.articles.title })
    .from(tables.articles)
    .where(eq(tables.articles.published, true))
    .orderBy(desc(tables.articles.id))
    .limit(20);
  setResponseHeader(event, 'Content-Type', 'application/rss+xml');
  return `<rss><channel>${rows.map((a) => `<item><title>${a.title}</title><link>/kb/${a.slug}</link></item>`).join('')}</channel></rss>`;
});
