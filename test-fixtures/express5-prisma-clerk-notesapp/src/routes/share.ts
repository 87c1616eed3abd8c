import { Router } from 'express';
import { prisma } from '../lib/prisma.js';

// Public, read-only links created by POST /api/notes/:id/share
export const shareRouter = Router();

// ok: missing-auth, unscoped-tenant-query
shareRouter.get('/:token', async (req, res) => {
  const note = await prisma.note.findUnique({
    where: { shareToken: req.params.token },
    select: { title: true, body: true, updatedAt: true },
  });
  if (!note) return res.status(404).json({ error: 'not found' });
  res.json(note);
});
