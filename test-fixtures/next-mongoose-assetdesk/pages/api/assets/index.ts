import { z } from 'zod';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Asset } from '@/models/Asset';

const CreateAsset = z.object({
  tag: z.string().min(1).max(32),
  name: z.string().min(1).max(200),
  category: z.enum(['laptop', 'monitor', 'phone', 'license', 'other']),
  serialNumber: z.string().max(100).optional(),
  purchaseCost: z.number().nonnegative().optional(),
});

// ok: missing-auth, missing-input-validation
export default withAuth(async (req, res, session) => {
  await connectDb();
  const orgId = session.user.orgId;

  if (req.method === 'GET') {
    const filter: Record<string, unknown> = { organization: orgId };
    if (typeof req.query.status === 'string') filter.status = req.query.status;
    // ok: unscoped-tenant-query
    const assets = await Asset.find(filter).sort({ tag: 1 }).limit(500).lean();
    return res.json(assets);
  }

  if (req.method === 'POST') {
    const parsed = CreateAsset.safeParse(req.body);
    if (!parsed.success) return res.status(422).json({ error: parsed.error.message });
    try {
      const asset = await Asset.create({ ...parsed.data, organization: orgId });
      return res.status(201).json(asset);
    } catch (err: any) {
      if (err.code === 11000) return res.status(409).json({ error: 'Asset tag already in use' });
      console.error('asset create failed', err);
      return res.status(500).json({ error: 'Could not create asset' });
    }
  }

  res.setHeader('Allow', 'GET, POST');
  return res.status(405).end();
});
