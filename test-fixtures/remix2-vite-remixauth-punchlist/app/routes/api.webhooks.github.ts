import type { ActionFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { prisma } from '~/db.server';

function verifySignature(payload: string, header: string | null) {
  if (!header) return false;
  const expected = Buffer.from('sha256=' + createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET!).update(payload).digest('hex'));
  const received = Buffer.from(header);
  return expected.length === received.length && timingSafeEqual(expected, received);
}

// ok: missing-auth, unverified-webhook, missing-input-validation
export const action = async ({ request }: ActionFunctionArgs) => {
  const payload = await request.text();
  if (!verifySignature(payload, request.headers.get('x-hub-signature-256'))) {
    return json({ error: 'Bad signature' }, { status: 401 });
  }
  const event = JSON.parse(payload);
  if (event.action === 'closed' && event.issue) {
    await prisma.item.updateMany({ where: { id: event.issue.external_id }, data: { status: 'closed' } });
  }
  return json({ ok: true });
};
