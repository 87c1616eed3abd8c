import {
  json,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
} from '@remix-run/node';
import { and, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUser } from '~/auth.server';
import { storeBlob } from '~/lib/storage.server';

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const uploadHandler = unstable_composeUploadHandlers(
    // expect: unrestricted-upload
    unstable_createMemoryUploadHandler({ maxPartSize: 5 * 1024 * 1024 }),
  );
  const form = await unstable_parseMultipartFormData(request, uploadHandler);
  const artwork = form.get('artwork') as Blob;
  const key = await storeBlob(user.teamId, artwork);
  // ok: unscoped-tenant-query
  await db
    .update(schema.shows)
    .set({ artworkUrl: `/media/${key}` })
    .where(and(eq(schema.shows.id, params.showId!), eq(schema.shows.teamId, user.teamId)));
  return json({ ok: true });
}
