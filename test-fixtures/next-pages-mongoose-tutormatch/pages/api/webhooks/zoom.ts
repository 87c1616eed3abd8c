import type { NextApiRequest, NextApiResponse } from 'next';
import { connectDb } from '@/lib/db';
import { TutoringSession } from '@/models/TutoringSession';

// marks lessons completed when the video meeting ends
// expect: unverified-webhook
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const { event, payload } = req.body ?? {};
  if (event === 'meeting.ended') {
    await connectDb();
    await TutoringSession.updateOne({ meetingId: String(payload?.object?.id) }, { status: 'completed', endedAt: new Date() });
  }
  return res.status(204).end();
}
