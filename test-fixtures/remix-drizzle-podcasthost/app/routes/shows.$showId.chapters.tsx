import { json, type ActionFunctionArgs } from '@remix-run/node';
import { and, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUser } from '~/auth.server';
import { storeBlob } from '~/lib/storage.server';

// chapter markers exported from the DAW as a JSON or CSV file
// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const show = await db.query.shows.findFirst({
    where: and(eq(schema.shows.id, params.showId!), eq(schema.shows.teamId, user.teamId)),
  });
  if (!show) throw new Response('Not found', { status: 404 });
  // expect: unrestricted-upload
  const form = await request.formData();
  const file = form.get('chapters');
  if (!(file instanceof File)) return json({ error: 'Choose a file' }, { status: 400 });
  const key = await storeBlob(user.teamId, file);
  return json({ key });
}
