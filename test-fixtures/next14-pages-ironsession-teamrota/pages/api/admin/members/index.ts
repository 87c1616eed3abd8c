import type { NextApiRequest, NextApiResponse } from 'next';
import { createRouter } from 'next-connect';
import { prisma } from '../../../../lib/prisma';
import bcrypt from 'bcryptjs';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { requireSession, requireTeamRole, type AuthedRequest } from '../../../../lib/session';

const NewMember = z.object({ email: z.string().email(), name: z.string().min(1) });

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

// ok: missing-auth, missing-role-check, missing-input-validation
router.post(requireTeamRole('OWNER'), async (req, res) => {
  const { user } = req as AuthedRequest;
  const { email, name } = NewMember.parse(req.body);
  const member = await prisma.user.create({
    data: { email, name, teamId: user.teamId, passwordHash: await bcrypt.hash(randomBytes(16).toString('hex'), 12) },
  });
  res.status(201).json({ id: member.id });
});

export default router.handler();
