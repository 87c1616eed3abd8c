import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerAuthSession } from '../../server/auth';
import { db } from '../../server/db';

// expect: missing-input-validation
export default async function feedback(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerAuthSession({ req, res });
  if (!session?.user) return res.status(401).json({ error: 'Unauthorized' });
  if (req.method !== 'POST') return res.status(405).end();
  const location = await db.location.create({
    data: { ...req.body, teamId: session.user.activeTeamId },
  });
  res.status(201).json(location);
}
