import { Router } from 'express';
import { prisma } from '../lib/prisma';
import { requireUser } from '../middleware/requireUser';

export const widgetRouter = Router();

// ok: missing-auth
widgetRouter.get('/upcoming', requireUser, async (req, res) => {
  // ok: unscoped-tenant-query
  const lessons = await prisma.lesson.findMany({
    where: { organizationId: req.user!.organizationId, tutorId: req.user!.id, startsAt: { gte: new Date() } },
    take: 5,
  });
  res.json(lessons);
});
