import {
  json,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
} from '@remix-run/node';
import { and, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUser } from '~/auth.server';
import { storeBlob } from '~/lib/storage.server';
import { clientIp, uploadLimiter } from '~/lib/ratelimit.server';

const AUDIO_TYPES = ['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/wav'];

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { success } = await uploadLimiter.limit(`${user.id}:${clientIp(request)}`);
  if (!success) return json({ error: 'Upload limit reached' }, { status: 429 });
  // ok: unscoped-tenant-query
  const show = await db.query.shows.findFirst({
    where: and(eq(schema.shows.id, params.showId!), eq(schema.shows.teamId, user.teamId)),
  });
  if (!show) throw new Response('Not found', { status: 404 });

  // ok: unrestricted-upload
  const uploadHandler = unstable_createMemoryUploadHandler({
    maxPartSize: 200 * 1024 * 1024,
    filter: ({ contentType }) => AUDIO_TYPES.includes(contentType),
  });
  const form = await unstable_parseMultipartFormData(request, uploadHandler);
  const audio = form.get('audio');
  if (!(audio instanceof Blob)) return json({ error: 'Choose an audio file' }, { status: 400 });

  try {
    const audioKey = await storeBlob(user.teamId, audio);
    const [episode] = await db
      .insert(schema.episodes)
      .values({ teamId: user.teamId, showId: show.id, title: 'Untitled episode', audioKey })
      .returning({ id: schema.episodes.id });
    return json({ episodeId: episode.id });
  } catch (err) {
    console.error(err);
    // expect: error-details-leak
    return json({ error: `Upload failed: ${(err as Error).message}` }, { status: 500 });
  }
}
