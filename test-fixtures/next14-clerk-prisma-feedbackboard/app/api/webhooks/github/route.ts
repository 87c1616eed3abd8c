import { createHmac } from 'crypto';
import { prisma } from '@/lib/prisma';

// expect: unverified-webhook
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get('x-hub-signature-256') ?? '';
  const digest = 'sha256=' + createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET ?? '').update(raw).digest('hex');
  if (signature !== digest) return new Response('Bad signature', { status: 401 });

  const event = req.headers.get('x-github-event');
  const payload = JSON.parse(raw);
  if (event === 'issues' && payload.action === 'closed') {
    await prisma.post.updateMany({ where: { issueUrl: payload.issue.html_url }, data: { status: 'done' } });
  }
  return new Response('ok');
}
