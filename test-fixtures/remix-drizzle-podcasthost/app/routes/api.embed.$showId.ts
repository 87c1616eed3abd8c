import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { and, desc, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { getUserId } from '~/auth.server';

// the embeddable player on partners' sites; signed-in editors also see drafts in the preview
// ok: missing-auth
export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await getUserId(request);
  // ok: unscoped-tenant-query
  const episodes = await db
    .select({ id: schema.episodes.id, title: schema.episodes.title })
    .from(schema.episodes)
    .where(and(eq(schema.episodes.showId, params.showId!), eq(schema.episodes.status, 'published')))
    .orderBy(desc(schema.episodes.publishedAt))
    .limit(20);
  return json(
    { episodes, editor: Boolean(userId) },
    {
      headers: {
        // expect: cors-wildcard
        'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
        'Access-Control-Allow-Credentials': 'true',
      },
    },
  );
}
