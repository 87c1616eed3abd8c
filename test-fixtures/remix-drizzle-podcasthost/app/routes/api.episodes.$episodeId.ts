import { json, type ActionFunctionArgs } from '@remix-run/node';
import { and, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { getSession } from '~/sessions.server';

// autosave from the episode editor (fetch with JSON)
// expect: missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const session = await getSession(request.headers.get('Cookie'));
  const teamId = session.get('teamId');
  if (!teamId) return json({ error: 'unauthorized' }, { status: 401 });
  const patch = (await request.json()) as { title?: string; transcript?: string };
  // ok: unscoped-tenant-query
  await db
    .update(schema.episodes)
    .set({ title: patch.title, transcript: patch.transcript })
    .where(and(eq(schema.episodes.id, params.episodeId!), eq(schema.episodes.teamId, teamId)));
  return json({ savedAt: new Date().toISOString() });
}
