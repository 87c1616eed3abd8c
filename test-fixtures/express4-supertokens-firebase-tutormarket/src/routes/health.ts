import { Router } from 'express';
import { prisma } from '../lib/prisma';

const router = Router();

// ok: missing-auth
router.get('/health', (_req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

// ok: missing-auth
router.get('/health/ready', async (_req, res) => {
  await prisma.$queryRaw`SELECT 1`;
  res.json({ db: 'up' });
});

export default router;
