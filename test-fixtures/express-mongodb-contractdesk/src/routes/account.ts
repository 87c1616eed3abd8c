import { Router } from 'express';
import { collections } from '../db.js';
import { logger } from '../lib/logger.js';

export const accountRouter = Router();

accountRouter.use((req, _res, next) => {
  // expect: token-logging
  logger.debug(`account request ${req.method} ${req.path} auth=${req.headers.authorization}`);
  next();
});

accountRouter.get('/me', async (req, res) => {
  const user = req.user as { _id: unknown; email: string; name: string };
  // ok: unscoped-tenant-query
  const memberships = await collections.memberships().find({ userId: user._id }).toArray();
  res.json({ id: user._id, email: user.email, name: user.name, memberships });
});

// expect: missing-input-validation
accountRouter.patch('/me', async (req, res) => {
  const user = req.user as { _id: unknown };
  await collections.users().updateOne(
    { _id: user._id },
    { $set: { name: req.body.name, timezone: req.body.timezone, locale: req.body.locale } },
  );
  res.sendStatus(204);
});
