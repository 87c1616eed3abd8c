import { fromNodeHeaders } from 'better-auth/node';
import { and, desc, eq } from 'drizzle-orm';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { db } from '../db/index.js';
import { notifications } from '../db/schema.js';
import { auth } from '../lib/auth.js';

// loads the session when there is one; the bell icon also renders for signed-out visitors
async function attachSession(req: Request, res: Response, next: NextFunction) {
  res.locals.session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  next();
}

export const notificationsRouter = Router();
notificationsRouter.use(attachSession);

// ok: missing-auth, unscoped-tenant-query
notificationsRouter.get('/', async (_req, res) => {
  const userId = res.locals.session?.user.id;
  if (!userId) return res.json([]);
  res.json(await db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.createdAt)).limit(50));
});

// expect: missing-auth
notificationsRouter.post('/:notificationId/read', async (req, res) => {
  await db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, req.params.notificationId));
  res.sendStatus(204);
});

// ok: missing-auth
notificationsRouter.post('/read-all', async (_req, res) => {
  const session = res.locals.session;
  if (!session) return res.status(401).json({ error: 'Unauthorized' });
  // ok: unscoped-tenant-query
  await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, session.user.id)));
  res.sendStatus(204);
});
