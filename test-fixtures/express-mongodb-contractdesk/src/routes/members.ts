import { Router } from 'express';
import crypto from 'node:crypto';
import { ObjectId } from 'mongodb';
import { z } from 'zod';
import { collections } from '../db.js';
import { requireOrgRole } from '../middleware/membership.js';
import { inviteLimiter } from '../middleware/rateLimit.js';
import { sendMail } from '../lib/mail.js';

export const membersRouter = Router({ mergeParams: true });

membersRouter.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const members = await collections.memberships()
    .aggregate([
      { $match: { orgId: req.membership!.orgId } },
      { $lookup: { from: 'users', localField: 'userId', foreignField: '_id', as: 'user' } },
      { $project: { role: 1, 'user.email': 1, 'user.name': 1 } },
    ])
    .toArray();
  res.json(members);
});

const InviteInput = z.object({ email: z.string().email(), role: z.enum(['admin', 'editor', 'viewer']) });

// ok: missing-rate-limit, missing-role-check, missing-input-validation
membersRouter.post('/invite', inviteLimiter, requireOrgRole('admin'), async (req, res) => {
  const input = InviteInput.parse(req.body);
  const token = crypto.randomBytes(32).toString('base64url');
  await getInvites().insertOne({
    orgId: req.membership!.orgId,
    email: input.email,
    role: input.role,
    tokenHash: crypto.createHash('sha256').update(token).digest('hex'),
    createdAt: new Date(),
  });
  await sendMail(input.email, 'You have been invited', `${process.env.APP_URL}/join/${token}`);
  res.status(201).json({ ok: true });
});

// ok: missing-role-check, missing-input-validation
membersRouter.patch('/:userId/role', requireOrgRole('owner'), async (req, res) => {
  const { role } = z.object({ role: z.enum(['admin', 'editor', 'viewer']) }).parse(req.body);
  // ok: unscoped-tenant-query
  await collections.memberships().updateOne(
    { orgId: req.membership!.orgId, userId: new ObjectId(req.params.userId) },
    { $set: { role } },
  );
  res.sendStatus(204);
});

// expect: missing-role-check
membersRouter.delete('/:userId', async (req, res) => {
  // ok: unscoped-tenant-query
  const { deletedCount } = await collections.memberships().deleteOne({
    orgId: req.membership!.orgId,
    userId: new ObjectId(req.params.userId),
  });
  res.sendStatus(deletedCount ? 204 : 404);
});

function getInvites() {
  return collections.memberships().db.collection('invites');
}
