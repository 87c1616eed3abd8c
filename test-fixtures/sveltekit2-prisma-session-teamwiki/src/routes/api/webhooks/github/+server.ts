import { error, json } from '@sveltejs/kit';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '$env/dynamic/private';
import { prisma } from '$lib/server/db';
import type { RequestHandler } from './$types';

function verify(payload: string, signature: string | null): boolean {
  if (!signature) return false;
  const digest = 'sha256=' + createHmac('sha256', env.GITHUB_WEBHOOK_SECRET).update(payload).digest('hex');
  const a = Buffer.from(digest);
  const b = Buffer.from(signature);
  return a.length === b.length && timingSafeEqual(a, b);
}

// Syncs docs pushed to the linked repository.
// ok: missing-auth, unverified-webhook
export const POST: RequestHandler = async ({ request }) => {
  const payload = await request.text();
  if (!verify(payload, request.headers.get('x-hub-signature-256'))) error(401, 'Invalid signature');
  const event = JSON.parse(payload) as { repository: { full_name: string }; head_commit?: { message: string } };
  await prisma.page.updateMany({
    where: { slug: `repo-${event.repository.full_name.replace('/', '-')}` },
    data: { body: event.head_commit?.message ?? '' },
  });
  return json({ ok: true });
};
