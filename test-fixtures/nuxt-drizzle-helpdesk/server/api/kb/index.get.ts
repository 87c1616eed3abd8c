import { eq } from 'drizzle-orm';

// ok: missing-auth
export default defineEventHandler(async () => {
  return db.select({ slug: tables.articles.slug, title: tables.articles.title })
    .from(tables.articles)
    .where(eq(tables.articles.published, true));
});
