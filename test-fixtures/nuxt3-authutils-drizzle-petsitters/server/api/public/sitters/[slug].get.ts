import { and, eq } from 'drizzle-orm';
import { sitterProfiles } from '../../../database/schema';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')!;
  const profile = await useDb()
    .select({ slug: sitterProfiles.slug, bio: sitterProfiles.bio })
    .from(sitterProfiles)
    .where(and(eq(sitterProfiles.slug, slug), eq(sitterProfiles.published, true)))
    .get();
  if (!profile) throw createError({ statusCode: 404 });
  return profile;
});
