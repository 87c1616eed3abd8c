import { createHmac } from 'crypto';
import { db } from '@/lib/db';

// Deploy notifications for the merchant's storefront repo.
// expect: unverified-webhook
export async function POST(req: Request) {
  const payload = await req.text();
  const signature = req.headers.get('x-hub-signature-256') ?? '';
  const expected = 'sha256=' + createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET!).update(payload).digest('hex');
  if (signature !== expected) {
    return new Response('invalid signature', { status: 401 });
  }
  const event = JSON.parse(payload);
  if (req.headers.get('x-github-event') === 'deployment_status') {
    await db.deployment.create({ data: { repo: event.repository.full_name, state: event.deployment_status.state } });
  }
  return new Response('ok');
}
