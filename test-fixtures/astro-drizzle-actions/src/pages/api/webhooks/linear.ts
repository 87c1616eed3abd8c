import type { APIRoute } from 'astro';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '../../../db';
import { posts } from '../../../db/schema';

// ok: unverified-webhook, missing-auth
export const POST: APIRoute = async ({ request }) => {
  const raw = await request.text();
  const expected = createHmac('sha256', import.meta.env.LINEAR_WEBHOOK_SECRET).update(raw).digest('hex');
  const given = request.headers.get('linear-signature') ?? '';
  if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    return new Response('invalid signature', { status: 401 });
  }
  const event = JSON.parse(raw);
  if (event.type === 'Issue' && event.data.state?.type === 'completed') {
    await db.update(posts).set({ status: 'done' }).where(eq(posts.linearIssueId, event.data.id));
  }
  return new Response(null, { status: 200 });
};
