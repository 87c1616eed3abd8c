import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth';
import { authOptions } from '../../../../../lib/auth';
import { resendWelcome } from '../../../../../lib/members';

// an admin page's action that any member of the agency can call: resendWelcome checks the agency, not a role
// expect: missing-role-check
export default async function resendHandler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Unauthorized' });
  if (req.method !== 'POST') return res.status(405).end();
  const result = await resendWelcome(session.user, String(req.query.id));
  return res.status(result.status).json(result.body);
}
