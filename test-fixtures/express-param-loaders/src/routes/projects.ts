import { Router } from 'express';
import { prisma } from '../lib/prisma';

const router = Router();

// The loader looks the project up inside the caller's organization: an id from another
// organization finds nothing and ends in a 404, so the routes below may trust :projectId.
router.param('projectId', async (req, res, next, projectId: string) => {
  // ok: unscoped-tenant-query
  const project = await prisma.project.findFirst({ where: { id: projectId, orgId: req.user.orgId } });
  if (!project) {
    res.status(404).json({ error: 'project not found' });
    return;
  }
  req.project = project;
  next();
});

router.get('/:projectId', (req, res) => {
  res.json(req.project);
});

router.get('/:projectId/tasks', async (req, res) => {
  // ok: unscoped-tenant-query
  const tasks = await prisma.task.findMany({ where: { projectId: req.params.projectId } });
  res.json(tasks);
});

router.delete('/:projectId/tasks/:taskId', async (req, res) => {
  // ok: unscoped-tenant-query
  await prisma.task.deleteMany({ where: { id: req.params.taskId, projectId: req.params.projectId } });
  res.status(204).end();
});

export default router;
