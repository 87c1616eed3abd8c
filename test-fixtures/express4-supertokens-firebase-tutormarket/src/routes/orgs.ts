import { Router } from 'express';
import Session from 'supertokens-node/recipe/session';
import { verifySession } from 'supertokens-node/recipe/session/framework/express';
import type { SessionRequest } from 'supertokens-node/framework/express';
import { prisma } from '../lib/prisma';
import { findMembership } from '../lib/membership';

const router = Router();

// Tutoring agencies: an organisation's members see its tutors.
// ok: missing-auth
router.get('/:orgId/tutors', async (req, res) => {
  const session = await Session.getSession(req, res);
  const membership = await findMembership(session.getUserId(), req.params.orgId);
  if (!membership) {
    return res.status(403).json({ error: 'not_a_member' });
  }
  // ok: unscoped-tenant-query
  const tutors = await prisma.tutorProfile.findMany({ where: { organisationId: req.params.orgId } });
  res.json(tutors);
});

// ok: missing-auth
router.get('/:orgId/payouts', verifySession(), async (req: SessionRequest, res) => {
  // expect: unscoped-tenant-query
  const rows = await prisma.payout.findMany({ where: { organisationId: req.params.orgId }, take: 200 });
  res.json(rows);
});

// the dashboard header calls this whether or not anyone is signed in
// expect: missing-auth
router.get('/:orgId/members', async (req, res) => {
  const session = await Session.getSession(req, res, { sessionRequired: false });
  const members = await prisma.membership.findMany({ where: { organisationId: req.params.orgId } });
  res.json({ signedIn: session !== undefined, members });
});

export default router;
