import { Router } from 'express';
import { prisma } from '../lib/prisma';

const router = Router();

// expect: missing-auth
router.get('/', async (req, res) => {
  const workspaceId = String(req.query.workspaceId ?? '');
  const templates = await prisma.template.findMany({ where: { workspaceId }, select: { id: true, name: true } });
  res.json(templates);
});

export default router;
