import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '@/lib/auth';
import { connectDb } from '@/lib/db';
import { TutoringSession } from '@/models/TutoringSession';

// the session is read but never required: an anonymous caller gets agencyId undefined,
// which Mongoose drops from the filter
// expect: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  const agencyId = session?.user.agencyId;
  await connectDb();

  if (req.method === 'GET') {
    const lesson = await TutoringSession.findOne({ _id: req.query.id, agencyId }).populate('studentId', 'firstName lastName');
    if (!lesson) return res.status(404).json({ error: 'Not found' });
    return res.json(lesson);
  }

  if (req.method === 'DELETE') {
    await TutoringSession.updateOne({ _id: req.query.id, agencyId }, { status: 'cancelled' });
    return res.status(204).end();
  }

  return res.status(405).end();
}
