import { Router } from 'express';
import cors from 'cors';
import { prisma } from '../lib/prisma.js';

// Read-only widget data for the marketing site and customer embeds.
export const embedRouter = Router();

// ok: cors-wildcard
embedRouter.use(cors({ origin: '*' }));

// ok: missing-auth
embedRouter.get('/stats', async (_req, res) => {
  const orgs = await prisma.organization.count();
  res.json({ organizations: orgs });
});

// ok: missing-auth
embedRouter.get('/notes/:token', async (req, res) => {
  const note = await prisma.note.findUnique({ where: { shareToken: req.params.token }, select: { title: true, body: true } });
  res.json(note ?? null);
});
