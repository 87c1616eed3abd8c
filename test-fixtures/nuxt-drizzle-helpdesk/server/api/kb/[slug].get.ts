import { and, eq } from 'drizzle-orm';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')!;
  const article = await db.query.articles.findFirst({
    where: and(eq(tables.articles.slug, slug), eq(tables.articles.published, true)),
  });
  if (!article) throw createError({ statusCode: 404 });
  return article;
});
