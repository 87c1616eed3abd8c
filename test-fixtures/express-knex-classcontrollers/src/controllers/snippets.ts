import { Router, Request, Response } from 'express';
import { z } from 'zod';
import { db } from '../db';
import { requireLogin } from '../session';

const SnippetInput = z.object({ title: z.string().min(1).max(120), body: z.string().max(10000), visibility: z.enum(['public', 'private']) });

export class SnippetsController {
  path = '/snippets';
  router = Router();

  constructor() {
    // ok: missing-auth
    this.router.get('/snippets', this.list);
    // ok: missing-auth
    this.router.get('/snippets/:id', this.show);
    // ok: missing-input-validation
    this.router.post('/snippets', requireLogin, this.create);
    // ok: missing-input-validation
    this.router.put('/snippets/:id', requireLogin, this.update);
    this.router.delete('/snippets/:id', requireLogin, this.destroy);
  }

  list = async (_req: Request, res: Response) => {
    res.json(await db('snippets').where({ visibility: 'public' }).select('id', 'title'));
  };

  show = async (req: Request, res: Response) => {
    const snippet = await db('snippets').where({ id: req.params.id, visibility: 'public' }).first();
    if (!snippet) return res.sendStatus(404);
    res.json(snippet);
  };

  create = async (req: Request, res: Response) => {
    const input = SnippetInput.parse(req.body);
    const [row] = await db('snippets').insert({ ...input, created_by: req.session.userId }).returning('*');
    res.status(201).json(row);
  };

  update = async (req: Request, res: Response) => {
    const input = SnippetInput.parse(req.body);
    // ok: unscoped-tenant-query
    const count = await db('snippets').where({ id: req.params.id, created_by: req.session.userId }).update(input);
    res.sendStatus(count ? 204 : 404);
  };

  // anyone signed in deletes anyone's snippet
  destroy = async (req: Request, res: Response) => {
    // expect: unscoped-tenant-query
    await db('snippets').where({ id: req.params.id }).del();
    res.sendStatus(204);
  };
}
