import { eq } from 'drizzle-orm';
import { Router } from 'express';
import { db } from '../db/index.js';
import { user } from '../db/schema.js';
import { requireSession } from '../middleware/session.js';

export const meRouter = Router();
meRouter.use(requireSession);

// expect: missing-input-validation
meRouter.patch('/profile', async (req, res) => {
  await db.update(user).set(req.body).where(eq(user.id, req.user!.id));
  res.sendStatus(204);
});
