import type { NextApiRequest, NextApiResponse } from 'next';
import { connectDb } from '@/lib/db';
import { verifyFeedToken } from '@/lib/tokens';
import { TutoringSession } from '@/models/TutoringSession';

// iCal subscription: the calendar app fetches it with the signed token in the URL, no cookie
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  let claims: { sub: string; agencyId: string };
  try {
    claims = verifyFeedToken(String(req.query.token));
  } catch {
    return res.status(401).send('Invalid feed link');
  }
  await connectDb();
  // ok: unscoped-tenant-query
  const lessons = await TutoringSession.find({ agencyId: claims.agencyId, tutorId: claims.sub, status: 'scheduled' }).lean<any[]>();
  res.setHeader('Content-Type', 'text/calendar');
  return res.send(['BEGIN:VCALENDAR', ...lessons.map((l) => `BEGIN:VEVENT\nUID:${l._id}\nDTSTART:${new Date(l.startsAt).toISOString()}\nSUMMARY:${l.subject}\nEND:VEVENT`), 'END:VCALENDAR'].join('\n'));
}
