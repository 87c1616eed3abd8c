import { withRole } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { User } from '@/models/User';
import { TutoringSession } from '@/models/TutoringSession';

// ok: missing-auth, missing-role-check
export default withRole(['owner'], async (req, res, session) => {
  await connectDb();
  const agencyId = session.user.agencyId;
  const id = req.query.id as string;

  if (req.method === 'GET') {
    // ok: unscoped-tenant-query
    const user = await User.findOne({ _id: id, agencyId }).lean();
    if (!user) return res.status(404).json({ error: 'Not found' });
    return res.json(user);
  }

  if (req.method === 'DELETE') {
    if (id === session.user.id) return res.status(400).json({ error: 'You cannot remove yourself' });
    // ok: unscoped-tenant-query
    const removed = await User.findOneAndDelete({ _id: id, agencyId });
    if (!removed) return res.status(404).json({ error: 'Not found' });
    // ok: unscoped-tenant-query
    await TutoringSession.updateMany({ agencyId, tutorId: removed._id, status: 'scheduled' }, { status: 'cancelled' });
    return res.status(204).end();
  }

  return res.status(405).end();
});
