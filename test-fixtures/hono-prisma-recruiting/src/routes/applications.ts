import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { currentUser, type AppEnv } from '../middleware/auth';

const StageInput = z.object({ stage: z.enum(['applied', 'screen', 'interview', 'offer', 'hired', 'rejected']) });
const FeedbackInput = z.object({ rating: z.number().int().min(1).max(5), notes: z.string().max(5000) });
const ApplyInput = z.object({ jobId: z.string(), candidateId: z.string() });

const applications = new Hono<AppEnv>();

applications.get('/', async (c) => {
  const user = currentUser(c);
  const jobId = c.req.query('jobId');
  // ok: unscoped-tenant-query
  const rows = await prisma.application.findMany({ where: { companyId: user.companyId, ...(jobId ? { jobId } : {}) }, include: { candidate: true } });
  return c.json(rows);
});

// shared board for the hiring manager's dashboard widget
applications.get('/board', async (c) => {
  const companyId = c.req.header('x-company-id');
  // expect: unscoped-tenant-query
  const rows = await prisma.application.findMany({ where: { companyId }, include: { candidate: true, job: true } });
  return c.json(rows);
});

// ok: missing-input-validation
applications.post('/', zValidator('json', ApplyInput), async (c) => {
  const user = currentUser(c);
  const { jobId, candidateId } = c.req.valid('json');
  // ok: unscoped-tenant-query
  const job = await prisma.job.findFirst({ where: { id: jobId, companyId: user.companyId } });
  // ok: unscoped-tenant-query
  const candidate = await prisma.candidate.findFirst({ where: { id: candidateId, companyId: user.companyId } });
  if (!job || !candidate) return c.json({ error: 'Not found' }, 404);
  const application = await prisma.application.create({ data: { jobId: job.id, candidateId: candidate.id, companyId: user.companyId } });
  return c.json(application, 201);
});

// ok: missing-input-validation
applications.patch('/:id/stage', zValidator('json', StageInput), async (c) => {
  const { stage } = c.req.valid('json');
  // expect: unscoped-tenant-query
  const application = await prisma.application.update({ where: { id: c.req.param('id') }, data: { stage } });
  return c.json(application);
});

// ok: missing-input-validation
applications.post('/:id/feedback', zValidator('json', FeedbackInput), async (c) => {
  const user = currentUser(c);
  // ok: unscoped-tenant-query
  const application = await prisma.application.findUnique({ where: { id: c.req.param('id') } });
  if (!application || application.companyId !== user.companyId) return c.json({ error: 'Not found' }, 404);
  const feedback = await prisma.feedback.create({ data: { ...c.req.valid('json'), applicationId: application.id, authorId: user.sub } });
  return c.json(feedback, 201);
});

applications.get('/:id/feedback', async (c) => {
  const user = currentUser(c);
  // ok: unscoped-tenant-query
  const application = await prisma.application.findFirst({ where: { id: c.req.param('id'), companyId: user.companyId }, include: { feedback: true } });
  if (!application) return c.json({ error: 'Not found' }, 404);
  return c.json(application.feedback);
});

export default applications;
