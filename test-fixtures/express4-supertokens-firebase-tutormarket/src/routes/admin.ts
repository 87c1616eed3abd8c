import { Router } from 'express';
import Session from 'supertokens-node/recipe/session';
import UserRoles from 'supertokens-node/recipe/userroles';
import { verifySession } from 'supertokens-node/recipe/session/framework/express';
import type { SessionRequest } from 'supertokens-node/framework/express';
import { prisma } from '../lib/prisma';
import { firebaseAuth } from '../lib/firebase';
import { requireAdmin, requireFinance } from '../middleware/roles';

const router = Router();

// expect: missing-role-check
router.get('/payouts/pending', verifySession(), async (_req, res) => {
  // expect: unscoped-tenant-query
  const pending = await prisma.payout.findMany({ where: { status: 'pending' }, take: 500 });
  res.json(pending);
});

// ok: missing-role-check, missing-auth
router.post('/payouts/:payoutId/approve', requireFinance, async (req: SessionRequest, res) => {
  const payout = await prisma.payout.update({
    where: { id: req.params.payoutId },
    data: { status: 'approved' },
  });
  res.json(payout);
});

// ok: missing-role-check, missing-auth
router.post('/users/:uid/suspend', requireAdmin, async (req: SessionRequest, res) => {
  await firebaseAuth.updateUser(req.params.uid, { disabled: true });
  await Session.revokeAllSessionsForUser(req.params.uid);
  res.sendStatus(204);
});

// expect: missing-role-check
router.delete('/users/:uid', verifySession(), async (req: SessionRequest, res) => {
  await firebaseAuth.deleteUser(req.params.uid);
  // expect: unscoped-tenant-query
  await prisma.tutorProfile.deleteMany({ where: { userId: req.params.uid } });
  res.sendStatus(204);
});

// ok: missing-role-check, missing-auth
router.get(
  '/reviews/flagged',
  verifySession({
    overrideGlobalClaimValidators: async (globalValidators) => [
      ...globalValidators,
      UserRoles.UserRoleClaim.validators.includes('moderator'),
    ],
  }),
  async (_req, res) => {
    const flagged = await prisma.review.findMany({ where: { rating: { lte: 1 }, hidden: false }, take: 100 });
    res.json(flagged);
  },
);

// ok: missing-role-check, missing-auth
router.post('/reviews/:reviewId/hide', verifySession(), async (req: SessionRequest, res) => {
  const roles = await req.session!.getClaimValue(UserRoles.UserRoleClaim);
  if (!roles || !roles.includes('moderator')) {
    return res.status(403).json({ message: 'moderators only' });
  }
  await prisma.review.update({ where: { id: req.params.reviewId }, data: { hidden: true } });
  res.sendStatus(204);
});

export default router;
