import { Router } from 'express';
import { ticketsController as c } from '../controllers/tickets.controller';
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
