import type { NextApiRequest, NextApiResponse } from 'next';
import { createRouter } from 'next-connect';
import { prisma } from '../../../../lib/prisma';
import { requireSession, type AuthedRequest } from '../../../../lib/session';

const router = createRouter<NextApiRequest, NextApiResponse>();

router.use(requireSession);

// ok: missing-auth
// expect: missing-role-check
router.get(async (req, res) => {
  const { user } = req as AuthedRequest;
  // ok: unscoped-tenant-query
  const members = await prisma.user.findMany({
    where: { teamId: user.teamId },
    select: { id: true, email: true, name: true, role: true },
  });
  res.json(members);
});

export default router.handler();
