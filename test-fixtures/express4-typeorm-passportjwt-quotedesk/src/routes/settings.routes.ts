import { Router } from 'express';
import { AppDataSource } from '../data-source';
import { Customer } from '../entities/Customer';
import { User } from '../entities/User';
import { requireAuth } from '../middleware/auth';
import { exportLimiter } from '../middleware/rateLimits';

const router = Router();

// ok: missing-auth
router.get('/settings/email/unsubscribe/:token', async (req, res) => {
  // ok: unscoped-tenant-query
  await AppDataSource.getRepository(User).update({ unsubscribeToken: req.params.token }, { emailDigest: false });
  res.send('You have been unsubscribed.');
});

// expect: missing-auth, missing-rate-limit
router.get('/settings/export/customers.csv', async (req, res) => {
  const rows = await AppDataSource.getRepository(Customer).find({ where: { organizationId: String(req.query.org) } });
  res.type('text/csv').send(rows.map((c) => `${c.name},${c.email ?? ''}`).join('\n'));
});

router.use(requireAuth);

// ok: missing-auth, missing-rate-limit
router.get('/settings/export/customers.json', exportLimiter, async (req, res) => {
  // ok: unscoped-tenant-query
  res.json(await AppDataSource.getRepository(Customer).find({ where: { organizationId: req.user!.organizationId } }));
});

export default router;
