import { Router } from 'express';
import { ticketsController as c } from '../controllers/tickets.controller';
import { prisma } from '../lib/prisma';
import { validate } from '../middleware/validate';
import { CommentSchema, TicketCreateSchema } from '../lib/schemas';

export const ticketsRouter = Router();

// ok: missing-auth
ticketsRouter.get('/', c.list);
// ok: missing-input-validation
ticketsRouter.post('/', validate(TicketCreateSchema), c.create);
ticketsRouter.get('/:id', c.show);
ticketsRouter.get('/:id/history', c.history);
ticketsRouter.get('/:id/summary', c.summary);
ticketsRouter.post('/:id/close', c.close);
// expect: missing-input-validation
ticketsRouter.patch('/:id', c.update);
ticketsRouter.get('/:id/comments', c.comments);
// ok: missing-input-validation
ticketsRouter.post('/:id/comments', validate(CommentSchema), c.addComment);
ticketsRouter.delete('/comments/:commentId', c.removeComment);

// Merging moves the comments of a ticket of the caller's organization onto the target ticket, which must be in the same organization.
ticketsRouter.post('/:id/merge-into/:targetId', async (req, res) => {
  const ticket = await prisma.ticket.findFirst({ where: { id: req.params.id, orgId: req.user!.orgId } });
  if (!ticket) return res.sendStatus(404);
  // ok: unscoped-tenant-query
  const target = await prisma.ticket.findUnique({ where: { id: req.params.targetId } });
  if (!target || target.orgId !== ticket.orgId) return res.sendStatus(404);
  await prisma.comment.updateMany({ where: { ticketId: ticket.id }, data: { ticketId: target.id } });
  await prisma.ticket.update({ where: { id: ticket.id }, data: { status: 'merged' } });
  return res.json({ mergedInto: target.id });
});

// The "duplicate of" link compares the two tickets with each other only: both ids are the client's, neither is checked against the caller.
ticketsRouter.post('/:id/duplicate-of/:otherId', async (req, res) => {
  // expect: unscoped-tenant-query
  const ticket = await prisma.ticket.findUnique({ where: { id: req.params.id } });
  // expect: unscoped-tenant-query
  const other = await prisma.ticket.findUnique({ where: { id: req.params.otherId } });
  if (!ticket || !other || other.orgId !== ticket.orgId) return res.sendStatus(404);
  await prisma.ticket.update({ where: { id: ticket.id }, data: { status: 'duplicate' } });
  return res.json({ duplicateOf: other.id });
});
