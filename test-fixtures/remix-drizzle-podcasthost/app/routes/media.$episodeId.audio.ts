import type { LoaderFunctionArgs } from '@remix-run/node';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUser } from '~/auth.server';
import { mediaPath } from '~/lib/storage.server';

// resource route: the editor's player streams draft audio
// ok: missing-auth
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const episode = await db.query.episodes.findFirst({
    where: and(eq(schema.episodes.id, params.episodeId!), eq(schema.episodes.teamId, user.teamId)),
  });
  if (!episode?.audioKey) throw new Response('Not found', { status: 404 });
  const stream = Readable.toWeb(createReadStream(mediaPath(episode.audioKey))) as ReadableStream;
  return new Response(stream, { headers: { 'Content-Type': 'audio/mpeg', 'Cache-Control': 'private, max-age=300' } });
}
