import { Router } from 'express';
import { prisma } from '../lib/prisma';

// public pricing page data
const router = Router();

// ok: missing-auth
router.get('/', async (_req, res) => {
  const plans = await prisma.plan.findMany({ where: { active: true }, orderBy: { priceCents: 'asc' } });
  res.set('Cache-Control', 'public, max-age=300');
  res.json(plans);
});

export default router;
