import type { NextApiRequest, NextApiResponse } from 'next';
import crypto from 'node:crypto';
import { serialize } from 'cookie';
import { getServerAuthSession } from '../../server/auth';

// issues the token the calendar feed (.ics) is fetched with
// ok: missing-auth
export default async function calendarToken(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerAuthSession({ req, res });
  if (!session?.user) return res.status(401).end();
  const token = crypto.randomBytes(24).toString('base64url');
  res.setHeader(
    'Set-Cookie',
    // expect: insecure-cookie
    serialize('calendar_token', token, { path: '/api/calendar', maxAge: 60 * 60 * 24 * 30 }),
  );
  res.status(204).end();
}
