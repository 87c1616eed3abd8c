import type { NextApiRequest, NextApiResponse } from 'next';
import { createHmac } from 'node:crypto';
import { prisma } from '../../../lib/prisma';

// ok: missing-auth
// expect: unverified-webhook
export default async function slackEvents(req: NextApiRequest, res: NextApiResponse) {
  const timestamp = req.headers['x-slack-request-timestamp'] as string;
  const signature = req.headers['x-slack-signature'] as string;
  const base = `v0:${timestamp}:${JSON.stringify(req.body)}`;
  const expected = 'v0=' + createHmac('sha256', process.env.SLACK_SIGNING_SECRET!).update(base).digest('hex');
  if (signature !== expected) return res.status(401).end();

  const { event } = req.body;
  if (event?.type === 'app_uninstalled') {
    await prisma.team.updateMany({ where: { id: event.team_id }, data: { plan: 'free' } });
  }
  res.status(200).json({ ok: true });
}
