import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { toCsv } from '../lib/hash';
import { currentUser, requireRole, type AppEnv } from '../middleware/auth';

const JobInput = z.object({
  title: z.string().min(3).max(140),
  location: z.string().max(120).optional(),
  description: z.string().max(20_000),
  status: z.enum(['draft', 'published', 'closed']).default('draft'),
});

const jobs = new Hono<AppEnv>();

jobs.get('/', async (c) => {
  const { companyId } = currentUser(c);
  const status = c.req.query('status');
  // ok: unscoped-tenant-query
  const rows = await prisma.job.findMany({ where: { companyId, ...(status ? { status } : {}) }, orderBy: { createdAt: 'desc' } });
  return c.json(rows);
});

jobs.get('/:id', async (c) => {
  const user = currentUser(c);
  // ok: unscoped-tenant-query
  const job = await prisma.job.findFirst({ where: { id: c.req.param('id'), companyId: user.companyId } });
  if (!job) return c.json({ error: 'Not found' }, 404);
  return c.json(job);
});

// ok: missing-input-validation
jobs.post('/', requireRole('owner', 'recruiter'), zValidator('json', JobInput), async (c) => {
  const user = currentUser(c);
  const job = await prisma.job.create({ data: { ...c.req.valid('json'), companyId: user.companyId, createdById: user.sub } });
  return c.json(job, 201);
});

// expect: missing-input-validation
jobs.patch('/:id', requireRole('owner', 'recruiter'), async (c) => {
  const user = currentUser(c);
  const body = await c.req.json();
  // ok: unscoped-tenant-query
  const result = await prisma.job.updateMany({ where: { id: c.req.param('id'), companyId: user.companyId }, data: body });
  if (result.count === 0) return c.json({ error: 'Not found' }, 404);
  return c.json({ ok: true });
});

jobs.delete('/:id', requireRole('owner'), async (c) => {
  // expect: unscoped-tenant-query
  await prisma.job.delete({ where: { id: c.req.param('id') } });
  return c.body(null, 204);
});

// expect: missing-rate-limit
jobs.get('/:id/applicants/export.csv', requireRole('owner', 'recruiter'), async (c) => {
  const user = currentUser(c);
  // ok: unscoped-tenant-query
  const job = await prisma.job.findFirst({ where: { id: c.req.param('id'), companyId: user.companyId } });
  if (!job) return c.notFound();
  // ok: unscoped-tenant-query
  const applications = await prisma.application.findMany({ where: { jobId: job.id }, include: { candidate: true } });
  const csv = toCsv(applications.map((a) => ({ name: a.candidate.fullName, email: a.candidate.email, stage: a.stage })));
  return c.body(csv, 200, { 'content-type': 'text/csv', 'content-disposition': `attachment; filename="${job.id}.csv"` });
});

export default jobs;
