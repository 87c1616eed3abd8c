import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Asset } from '@/models/Asset';

// expect: missing-input-validation
export default withAuth(async (req, res, session) => {
  await connectDb();
  const id = req.query.id as string;
  const orgId = session.user.orgId;

  if (req.method === 'GET') {
    // expect: unscoped-tenant-query
    const asset = await Asset.findById(id).populate('assignee', 'name email').lean();
    if (!asset) return res.status(404).json({ error: 'Not found' });
    return res.json(asset);
  }

  if (req.method === 'PATCH') {
    // ok: unscoped-tenant-query
    const updated = await Asset.findOneAndUpdate({ _id: id, organization: orgId }, { $set: req.body }, { new: true });
    if (!updated) return res.status(404).json({ error: 'Not found' });
    return res.json(updated);
  }

  if (req.method === 'DELETE') {
    // ok: unscoped-tenant-query
    const asset = await Asset.findById(id);
    if (!asset || String(asset.organization) !== orgId) {
      return res.status(404).json({ error: 'Not found' });
    }
    await asset.deleteOne();
    return res.status(204).end();
  }

  return res.status(405).end();
});
