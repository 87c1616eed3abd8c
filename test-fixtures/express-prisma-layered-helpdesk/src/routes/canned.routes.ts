import { Router } from 'express';
import { cannedRepository } from '../repositories/canned.repository';

export const cannedRouter = Router();

cannedRouter.get('/:id', async (req, res) => {
  const reply = await cannedRepository.findInOrg(req.user!.orgId, req.params.id);
  return reply ? res.json(reply) : res.sendStatus(404);
});

// the macro editor previews any reply by id
cannedRouter.get('/:id/raw', async (req, res) => {
  const reply = await cannedRepository.findById(req.params.id);
  return reply ? res.json(reply) : res.sendStatus(404);
});
