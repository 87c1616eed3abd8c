import { Router } from 'express';
import { and, eq } from 'drizzle-orm';
import { db, users } from '../db/index.js';
import { requireRole } from '../middleware/auth.js';

// mounted as app.use('/api/admin', requireUser, adminRouter)
const router = Router();

// ok: missing-auth, missing-role-check
router.get('/staff', requireRole('owner', 'manager'), async (req, res) => {
  // ok: unscoped-tenant-query
  const staff = await db.select({ id: users.id, name: users.name, email: users.email, role: users.role }).from(users).where(eq(users.accountId, req.user!.accountId));
  res.json(staff);
});

// expect: missing-role-check, missing-input-validation
router.patch('/staff/:userId/role', async (req, res) => {
  // ok: unscoped-tenant-query
  const [updated] = await db.update(users).set({ role: req.body.role }).where(and(eq(users.id, req.params.userId), eq(users.accountId, req.user!.accountId))).returning({ id: users.id, role: users.role });
  res.json(updated);
});

// ok: missing-auth, missing-role-check
router.delete('/staff/:userId', async (req, res) => {
  if (req.user!.role !== 'owner') return res.status(403).json({ error: 'Only the owner can remove staff' });
  if (req.params.userId === req.user!.id) return res.status(400).json({ error: 'You cannot remove yourself' });
  // ok: unscoped-tenant-query
  await db.delete(users).where(and(eq(users.id, req.params.userId), eq(users.accountId, req.user!.accountId)));
  res.status(204).end();
});

export default router;
