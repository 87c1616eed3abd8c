import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { ObjectId } from 'mongodb';
import { config } from '../config.js';
import { collections } from '../db.js';
import { logger } from '../lib/logger.js';

export const adminRouter = Router();

// ok: missing-role-check
adminRouter.get('/organizations', async (_req, res) => {
  // ok: unscoped-tenant-query
  const orgs = await collections.orgs().find({}).project({ name: 1, createdAt: 1, plan: 1 }).toArray();
  res.json(orgs);
});

// ok: missing-role-check, missing-rate-limit
adminRouter.post('/users/:userId/impersonate', async (req, res) => {
  const target = await collections.users().findOne({ _id: new ObjectId(req.params.userId) });
  if (!target) return res.sendStatus(404);
  const token = jwt.sign({ sub: target._id.toHexString(), imp: (req.user as any)._id }, config.jwtSecret, { algorithm: 'HS256', expiresIn: '10m' });
  logger.info({ admin: (req.user as any)._id, target: target._id }, 'impersonation started');
  res.json({ token });
});
