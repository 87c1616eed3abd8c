import { withMobileAuth } from '@/lib/mobileToken';
import { connectDb } from '@/lib/db';
import { Asset } from '@/models/Asset';

// ok: missing-auth, missing-input-validation
export default withMobileAuth(async (req, res, claims) => {
  if (req.method !== 'POST') return res.status(405).end();
  await connectDb();
  // expect: unscoped-tenant-query
  const asset = await Asset.findOneAndUpdate(
    { _id: req.body.assetId },
    { status: 'assigned', assignee: claims.sub },
    { new: true },
  );
  if (!asset) return res.status(404).json({ error: 'Unknown asset' });
  return res.json({ ok: true, tag: asset.tag });
});
