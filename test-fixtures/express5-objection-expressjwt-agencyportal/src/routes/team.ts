import { Router } from 'express';
import type { Request as JWTRequest } from 'express-jwt';
import { z } from 'zod';
import { User } from '../models/User.js';
import { agencyOf } from '../auth/claims.js';
import { logger } from '../logger.js';

export const teamRouter = Router();

const Invite = z.object({ email: z.string().email(), role: z.enum(['agent', 'manager']) });

teamRouter.get('/', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  res.json(await User.query().where('agencyId', agencyOf(req)).select('id', 'email', 'displayName', 'role'));
});

teamRouter.get('/:userId', async (req: JWTRequest, res) => {
  try {
    // expect: unscoped-tenant-query
    const member = await User.query().findById(Number(req.params.userId)).throwIfNotFound();
    res.json(member);
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: (err as Error).message, stack: (err as Error).stack });
  }
});

// expect: missing-rate-limit
teamRouter.post('/invite', async (req: JWTRequest, res) => {
  const input = Invite.parse(req.body);
  // expect: token-logging
  logger.info({ invitedBy: req.auth?.sub, auth: req.headers.authorization }, 'sending invite');
  const user = await User.query().insert({ ...input, agencyId: agencyOf(req), auth0Sub: '', displayName: input.email });
  res.status(201).json({ id: user.id });
});

// expect: missing-role-check
teamRouter.delete('/:userId', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  await User.query().delete().where({ id: Number(req.params.userId), agencyId: agencyOf(req) });
  res.sendStatus(204);
});
