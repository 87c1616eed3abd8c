import type { NextApiRequest, NextApiResponse } from 'next';
import { db } from '../../../server/db';

type RosterEvent = { type: 'shift.cancelled'; shiftId: string } | { type: 'ping' };

// payroll provider posts roster changes here
// expect: unverified-webhook
export default async function rosterSync(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const event = req.body as RosterEvent;
  if (event.type === 'shift.cancelled') {
    await db.shift.delete({ where: { id: event.shiftId } });
  }
  res.status(200).json({ ok: true });
}
