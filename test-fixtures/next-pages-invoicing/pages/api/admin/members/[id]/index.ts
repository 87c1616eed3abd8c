import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth';
import { authOptions } from '../../../../../lib/auth';
import { removeMember } from '../../../../../lib/members';

// the owner check is made by removeMember, which answers 403 for a member removing someone else
// ok: missing-role-check
export default async function memberHandler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Unauthorized' });
  if (req.method !== 'DELETE') return res.status(405).end();
  const result = await removeMember(session.user, String(req.query.id));
  return res.status(result.status).json(result.body);
}
