import { Router } from 'express';
import authRoutes from './auth.routes';
import projectRoutes from './project.routes';
import documentRoutes from './document.routes';
import webhookRoutes from './webhook.routes';
import { adminReportsRouter, adminRouter } from './admin.routes';
import { authenticate } from '../middleware/auth';
import { prisma } from '../lib/prisma';

const router = Router();

// ok: missing-auth
router.get('/health', (_req, res) => res.json({ status: 'ok' }));

router.use('/auth', authRoutes);
router.use('/webhooks', webhookRoutes);

// shared from the invoice e-mail, so it was left outside authenticate
// expect: missing-auth
router.get('/projects/:id/summary', async (req, res) => {
  const project = await prisma.project.findUnique({
    where: { id: req.params.id },
    include: { tasks: { select: { title: true, done: true } } },
  });
  if (!project) return res.sendStatus(404);
  res.json(project);
});

router.use('/projects', authenticate, projectRoutes);
router.use('/documents', authenticate, documentRoutes);
router.use('/admin/reports', authenticate, adminReportsRouter);
router.use('/admin', adminRouter);

export default router;
