import { withRole } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { User } from '@/models/User';
import { Asset } from '@/models/Asset';

// ok: missing-role-check, missing-auth
export default withRole('owner', async (req, res, session) => {
  if (req.method !== 'DELETE') return res.status(405).end();
  if (req.query.id === session.user.id) return res.status(400).json({ error: 'You cannot remove yourself' });

  await connectDb();
  // ok: unscoped-tenant-query
  const removed = await User.findOneAndDelete({ _id: req.query.id, organization: session.user.orgId });
  if (!removed) return res.status(404).json({ error: 'User not found' });
  await Asset.updateMany(
    { organization: session.user.orgId, assignee: removed._id },
    { $unset: { assignee: 1 }, $set: { status: 'in_stock' } },
  );
  return res.status(204).end();
});
