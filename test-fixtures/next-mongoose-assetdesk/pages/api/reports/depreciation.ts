import type { NextApiRequest, NextApiResponse } from 'next';
import { createRouter } from 'next-connect';
import { connectDb } from '@/lib/db';
import { Asset } from '@/models/Asset';

const router = createRouter<NextApiRequest, NextApiResponse>();

// Feeds the finance dashboard widget.
// expect: missing-auth
router.get(async (req, res) => {
  await connectDb();
  const assets = await Asset.find({ organization: req.query.orgId }).select('tag purchaseCost createdAt').lean();
  const total = assets.reduce((sum, a: any) => sum + (a.purchaseCost ?? 0), 0);
  res.json({ count: assets.length, total });
});

export default router.handler({
  onError: (err, _req, res) => {
    console.error(err);
    res.status(500).json({ error: 'Report failed' });
  },
});
