import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../../../lib/auth';
import dbConnect from '../../../../lib/mongodb';
import Client from '../../../../models/Client';

// ok: missing-auth
// expect: missing-input-validation
export default async function handler(req, res) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Unauthorized' });
  await dbConnect();
  const { id } = req.query;
  const practice = session.user.practiceId;

  if (req.method === 'GET') {
    // ok: unscoped-tenant-query
    const client = await Client.findOne({ _id: id, practice }).lean();
    if (!client) return res.status(404).json({ error: 'Not found' });
    return res.json(client);
  }
  if (req.method === 'PATCH') {
    // ok: unscoped-tenant-query
    const updated = await Client.findOneAndUpdate({ _id: id, practice }, req.body, { new: true });
    if (!updated) return res.status(404).json({ error: 'Not found' });
    return res.json(updated);
  }
  if (req.method === 'DELETE') {
    // expect: unscoped-tenant-query
    await Client.findByIdAndDelete(id);
    return res.status(204).end();
  }
  res.status(405).end();
}
