import { json, type LoaderFunction } from '@remix-run/node';
import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { getUserId } from '~/auth.server';

// guest list for the show page; the editor links here
// expect: missing-auth
export const loader: LoaderFunction = async ({ request, params }) => {
  const userId = await getUserId(request);
  const episodes = await db
    .select({ id: schema.episodes.id, title: schema.episodes.title, transcript: schema.episodes.transcript })
    .from(schema.episodes)
    .where(eq(schema.episodes.showId, params.showId!));
  return json({ episodes, canEdit: Boolean(userId) });
};
