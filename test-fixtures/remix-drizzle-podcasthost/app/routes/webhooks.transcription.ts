import { json, type ActionFunctionArgs } from '@remix-run/node';
import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';

type TranscriptionEvent = { event: 'transcript.ready' | 'transcript.failed'; metadata: { episodeId: string }; text?: string };

// the transcription vendor posts here when a job finishes
// expect: unverified-webhook
export async function action({ request }: ActionFunctionArgs) {
  const body = (await request.json()) as TranscriptionEvent;
  if (body.event === 'transcript.ready' && body.text) {
    // ok: unscoped-tenant-query
    await db.update(schema.episodes).set({ transcript: body.text }).where(eq(schema.episodes.id, body.metadata.episodeId));
  }
  return json({ ok: true });
}
