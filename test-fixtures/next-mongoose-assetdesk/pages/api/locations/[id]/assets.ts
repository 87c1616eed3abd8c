import type { NextApiRequest, NextApiResponse } from 'next';
import { createRouter } from 'next-connect';
import { getServerSession, type Session } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { connectDb } from '@/lib/db';
import { Asset } from '@/models/Asset';

type Req = NextApiRequest & { session: Session };
const router = createRouter<Req, NextApiResponse>();

router.use(async (req, res, next) => {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Unauthorized' });
  req.session = session;
  await connectDb();
  return next();
});

// ok: missing-auth
router.get(async (req, res) => {
  // ok: unscoped-tenant-query
  const assets = await Asset.find({ location: req.query.id, organization: req.session.user.orgId }).lean();
  res.json(assets);
});

router.delete(async (req, res) => {
  // expect: unscoped-tenant-query
  await Asset.updateMany({ location: req.query.id }, { $unset: { location: 1 } });
  res.status(204).end();
});

export default router.handler({
  onError: (err: any, _req, res) => {
    // expect: error-details-leak
    res.status(500).json({ error: err.message });
  },
});
