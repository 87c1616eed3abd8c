import crypto from 'node:crypto';
import { headers } from 'next/headers';
import { db } from '@/lib/db';

function validSignature(body: string, header: string | null): boolean {
  if (!header) return false;
  const expected = Buffer.from('sha256=' + crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET!).update(body).digest('hex'));
  const given = Buffer.from(header);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

// ok: unverified-webhook
// ok: missing-auth
export async function POST(req: Request) {
  const body = await req.text();
  if (!validSignature(body, headers().get('x-hub-signature-256'))) return new Response('bad signature', { status: 401 });
  if (headers().get('x-github-event') === 'push') {
    const payload = JSON.parse(body);
    await db.repo.update({ where: { fullName: payload.repository.full_name }, data: { pushedAt: new Date() } });
  }
  return new Response(null, { status: 204 });
}
