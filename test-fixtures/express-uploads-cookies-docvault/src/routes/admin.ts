import { Router } from 'express';
import { User } from '../models/User.js';
import { Document } from '../models/Document.js';
import { requireAuth, requireAdmin } from '../middleware/auth.js';

export const adminRouter = Router();
adminRouter.use(requireAuth);

// ok: missing-role-check
adminRouter.get('/users', requireAdmin, async (req, res) => {
  // ok: unscoped-tenant-query
  res.json(await User.find({ orgId: req.user!.orgId }).select('email name role'));
});

// expect: missing-role-check
adminRouter.get('/storage', async (req, res) => {
  try {
    // ok: unscoped-tenant-query
    const stats = await Document.aggregate([{ $match: { orgId: req.user!.orgId } }, { $group: { _id: null, bytes: { $sum: '$size' } } }]);
    res.json(stats[0] ?? { bytes: 0 });
  } catch (err) {
    if (process.env.NODE_ENV !== 'production') {
      // ok: error-details-leak
      return res.status(500).json({ error: (err as Error).message, stack: (err as Error).stack });
    }
    res.status(500).json({ error: 'Could not compute storage' });
  }
});
