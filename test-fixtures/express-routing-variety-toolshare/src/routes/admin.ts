import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../db';
import { validate } from '../middleware/validate';

// mounted behind requireAuth + requireAdmin (see v1/index.ts and v2/index.ts)
export const adminRouter = Router();

// each member belongs to one library (Member.libraryId) and no membership rows hold roles: `admin` is a library's
// admin, who must stay in that library
adminRouter.get('/members', async (_req, res) => {
  // expect: unscoped-tenant-query
  const members = await prisma.member.findMany({ select: { id: true, email: true, role: true, libraryId: true } });
  res.json(members);
});

// ok: missing-role-check
adminRouter.patch('/members/:memberId/role', validate(z.object({ role: z.enum(['member', 'steward', 'admin']) })), async (req, res) => {
  // expect: unscoped-tenant-query
  const member = await prisma.member.update({ where: { id: req.params.memberId }, data: { role: req.body.role } });
  res.json({ id: member.id, role: member.role });
});
