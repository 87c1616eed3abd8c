import type { LoaderFunctionArgs } from '@remix-run/node';
import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';

// download button in the episode editor
// expect: missing-auth
export async function loader({ params }: LoaderFunctionArgs) {
  const episode = await db.query.episodes.findFirst({ where: eq(schema.episodes.id, params.episodeId!) });
  if (!episode?.transcript) throw new Response('Not found', { status: 404 });
  return new Response(episode.transcript, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename="${episode.id}.txt"`,
    },
  });
}
