import type { NextApiRequest, NextApiResponse } from 'next';
import crypto from 'crypto';
import { connectDb } from '@/lib/db';
import { TutoringSession } from '@/models/TutoringSession';

interface SchedulerEvent {
  event: 'invitee.created' | 'invitee.canceled';
  payload: { event: string; cancel_url?: string };
}

// the scheduling provider signs "t=<ts>,v1=<hmac>" over "<ts>.<body>"
// expect: unverified-webhook
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const header = String(req.headers['calendly-webhook-signature'] ?? '');
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=')));
  const expected = crypto
    .createHmac('sha256', process.env.CALENDAR_SIGNING_KEY as string)
    .update(`${parts.t}.${JSON.stringify(req.body)}`)
    .digest('hex');
  if (parts.v1 !== expected) return res.status(401).json({ error: 'bad signature' });

  const body = req.body as SchedulerEvent;
  await connectDb();
  if (body.event === 'invitee.canceled') {
    await TutoringSession.updateOne({ externalEventId: body.payload.event }, { status: 'cancelled' });
  }
  return res.status(200).json({ ok: true });
}
