import type { NextFunction, Request, Response } from 'express';
import { ticketsService } from '../services/tickets.service';
import { deleteComment } from '../repositories/comments.repository';

export const ticketsController = {
  async list(req: Request, res: Response) {
    const status = typeof req.query.status === 'string' ? req.query.status : undefined;
    res.json(await ticketsService.list(req.user!, status));
  },

  async create(req: Request, res: Response) {
    res.status(201).json(await ticketsService.create(req.user!, req.body));
  },

  async show(req: Request, res: Response, next: NextFunction) {
    try {
      res.json(await ticketsService.getForUser(req.user!, req.params.id));
    } catch (err) {
      next(err);
    }
  },

  async history(req: Request, res: Response) {
    const ticket = await ticketsService.getById(req.params.id);
    if (!ticket) return res.status(404).json({ error: 'not found' });
    return res.json({ id: ticket.id, comments: ticket.comments });
  },

  async summary(req: Request, res: Response) {
    const ticket = await ticketsService.load(req.params.id);
    if (!ticket) return res.status(404).json({ error: 'not found' });
    if (ticket.orgId !== req.user!.orgId) return res.status(404).json({ error: 'not found' });
    return res.json({ id: ticket.id, subject: ticket.subject, status: ticket.status });
  },

  async close(req: Request, res: Response, next: NextFunction) {
    try {
      res.json(await ticketsService.close(req.user!, req.params.id));
    } catch (err) {
      next(err);
    }
  },

  async update(req: Request, res: Response) {
    const result = await ticketsService.update(req.user!, req.params.id, req.body);
    res.json({ updated: result.count });
  },

  async comments(req: Request, res: Response) {
    res.json(await ticketsService.comments(req.params.id));
  },

  async addComment(req: Request, res: Response, next: NextFunction) {
    try {
      res.status(201).json(await ticketsService.addComment(req.user!, req.params.id, req.body.body));
    } catch (err) {
      next(err);
    }
  },

  async removeComment(req: Request, res: Response) {
    const { count } = await deleteComment(req.user!.orgId, req.params.commentId);
    res.status(count ? 204 : 404).end();
  },
};
