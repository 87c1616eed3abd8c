import type { RequestHandler } from 'express';
import { z } from 'zod';
import { prisma } from '../db';
import { requireAuth } from '../middleware/auth';
import { validate } from '../middleware/validate';

const ReserveBody = z.object({ toolId: z.string().cuid(), from: z.coerce.date(), to: z.coerce.date() });

const listMine: RequestHandler = async (req, res) => {
  // ok: unscoped-tenant-query
  const loans = await prisma.loan.findMany({ where: { memberId: req.user!.id, returned: false, dueAt: { gte: new Date() } } });
  res.json(loans);
};

const reserve: RequestHandler = async (req, res) => {
  // ok: unscoped-tenant-query
  const tool = await prisma.tool.findFirst({ where: { id: req.body.toolId, libraryId: req.user!.libraryId } });
  if (!tool) return res.sendStatus(404);
  const loan = await prisma.loan.create({ data: { libraryId: tool.libraryId, memberId: req.user!.id, toolId: tool.id, dueAt: req.body.to } });
  res.status(201).json(loan);
};

const cancel: RequestHandler = async (req, res) => {
  // expect: unscoped-tenant-query
  await prisma.loan.delete({ where: { id: req.params.loanId } });
  res.sendStatus(204);
};

const reschedule: RequestHandler = async (req, res) => {
  // ok: unscoped-tenant-query
  const { count } = await prisma.loan.updateMany({ where: { id: req.params.loanId, memberId: req.user!.id }, data: { dueAt: new Date(req.body.to) } });
  res.sendStatus(count ? 204 : 404);
};

// each entry: the method, the path under /v2/reservations and the whole handler chain
export const reservationRoutes: { method: 'get' | 'post' | 'patch' | 'delete'; path: string; handlers: RequestHandler[] }[] = [
  { method: 'get', path: '/reservations', handlers: [requireAuth, listMine] },
  { method: 'post', path: '/reservations', handlers: [requireAuth, validate(ReserveBody), reserve] },
  // expect: missing-input-validation
  { method: 'patch', path: '/reservations/:loanId', handlers: [requireAuth, reschedule] },
  { method: 'delete', path: '/reservations/:loanId', handlers: [requireAuth, cancel] },
];
