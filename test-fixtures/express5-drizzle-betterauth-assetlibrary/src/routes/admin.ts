import { count, desc, eq } from 'drizzle-orm';
import { Router } from 'express';
import { db } from '../db/index.js';
import { assets, session, user, workspaces } from '../db/schema.js';
import { auth } from '../lib/auth.js';
import { fromNodeHeaders } from 'better-auth/node';
import { requirePlatformAdmin, requireSession } from '../middleware/session.js';

// platform operators (user.role === 'admin'); workspace roles live in `members`
export const adminRouter = Router();
adminRouter.use(requireSession);

// expect: missing-role-check
adminRouter.get('/stats', async (_req, res) => {
  const [{ n: workspaceCount }] = await db.select({ n: count() }).from(workspaces);
  const [{ n: assetCount }] = await db.select({ n: count() }).from(assets);
  res.json({ workspaceCount, assetCount });
});

adminRouter.use(requirePlatformAdmin);

// ok: missing-auth, missing-role-check, unscoped-tenant-query
adminRouter.get('/users', async (_req, res) => {
  res.json(await db.select({ id: user.id, email: user.email, role: user.role }).from(user).orderBy(desc(user.createdAt)).limit(500));
});

// ok: missing-role-check, unscoped-tenant-query
adminRouter.delete('/users/:userId', async (req, res) => {
  await db.delete(session).where(eq(session.userId, req.params.userId));
  await db.delete(user).where(eq(user.id, req.params.userId));
  res.sendStatus(204);
});

// ok: missing-role-check
adminRouter.post('/users/:userId/revoke-sessions', async (req, res) => {
  await auth.api.revokeUserSessions({ body: { userId: req.params.userId }, headers: fromNodeHeaders(req.headers) });
  res.sendStatus(204);
});
