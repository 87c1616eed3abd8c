import { withMobileAuth } from '@/lib/mobileToken';
import { connectDb } from '@/lib/db';
import { Asset } from '@/models/Asset';

// ok: missing-auth
export default withMobileAuth(async (req, res, claims) => {
  await connectDb();
  // ok: unscoped-tenant-query
  const assets = await Asset.find({ organization: claims.orgId, assignee: claims.sub }).select('tag name status').lean();
  return res.json({ device: claims.deviceId, assets });
});
