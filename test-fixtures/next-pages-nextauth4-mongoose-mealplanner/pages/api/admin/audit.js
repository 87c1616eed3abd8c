import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../../lib/auth';
import dbConnect from '../../../lib/mongodb';
import Client from '../../../models/Client';

// ok: missing-auth, missing-role-check
export default async function handler(req, res) {
  const session = await getServerSession(req, res, authOptions);
  if (session?.user.role !== 'admin') return res.status(403).json({ error: 'Forbidden' });
  await dbConnect();
  // ok: unscoped-tenant-query
  const recent = await Client.find({ practice: session.user.practiceId }).sort({ updatedAt: -1 }).limit(20).lean();
  res.json(recent);
}
