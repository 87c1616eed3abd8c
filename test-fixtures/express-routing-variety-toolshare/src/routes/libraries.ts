import { Router } from 'express';
import { prisma } from '../db';

// /libraries/:libraryId/members/:memberId/loans — each level sees its parents' params
export const librariesRouter = Router();
const membersRouter = Router({ mergeParams: true });
const loansRouter = Router({ mergeParams: true });

librariesRouter.use('/:libraryId/members', membersRouter);
membersRouter.use('/:memberId/loans', loansRouter);

librariesRouter.get('/:libraryId', async (req, res) => {
  if (req.params.libraryId !== req.user!.libraryId) return res.sendStatus(404);
  // ok: unscoped-tenant-query
  const library = await prisma.library.findUnique({ where: { id: req.params.libraryId } });
  res.json(library);
});

membersRouter.get('/', async (req, res) => {
  const { libraryId } = req.params as { libraryId: string };
  if (libraryId !== req.user!.libraryId) return res.sendStatus(404);
  // ok: unscoped-tenant-query
  const members = await prisma.member.findMany({ where: { libraryId }, select: { id: true, email: true, role: true } });
  res.json(members);
});

loansRouter.get('/', async (req, res) => {
  const { memberId } = req.params as { libraryId: string; memberId: string };
  // expect: unscoped-tenant-query
  const loans = await prisma.loan.findMany({ where: { memberId }, orderBy: { dueAt: 'desc' } });
  res.json(loans);
});

// expect: missing-input-validation
loansRouter.post('/', async (req, res) => {
  const { libraryId, memberId } = req.params as { libraryId: string; memberId: string };
  if (libraryId !== req.user!.libraryId) return res.sendStatus(404);
  const loan = await prisma.loan.create({
    data: { libraryId, memberId, toolId: req.body.toolId, dueAt: new Date(req.body.dueAt) },
  });
  res.status(201).json(loan);
});
