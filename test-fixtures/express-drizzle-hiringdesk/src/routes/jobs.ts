import { Router } from 'express';
import { z } from 'zod';
import { and, eq, desc } from 'drizzle-orm';
import { db, jobs, applications, candidates } from '../db/index.js';
import { requireOrg, requireOrgRole } from '../middleware/session.js';
import { exportLimiter } from '../middleware/limits.js';

export const jobsRouter = Router();
jobsRouter.use(requireOrg);

const createJobSchema = z.object({
  title: z.string().min(2).max(120),
  description: z.string().max(20_000).optional(),
  location: z.string().max(120).optional(),
});

// ok: missing-auth
jobsRouter.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(jobs).where(eq(jobs.organizationId, req.orgId!)).orderBy(desc(jobs.title));
  res.json(rows);
});

// ok: missing-input-validation
jobsRouter.post('/', requireOrgRole('owner', 'admin', 'recruiter'), async (req, res) => {
  const input = createJobSchema.parse(req.body);
  const [job] = await db
    .insert(jobs)
    .values({ ...input, organizationId: req.orgId!, createdBy: req.user!.id })
    .returning();
  res.status(201).json(job);
});

// ok: missing-rate-limit
jobsRouter.get('/export', exportLimiter, requireOrgRole('owner', 'admin'), async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(jobs).where(eq(jobs.organizationId, req.orgId!));
  res.json(rows);
});

jobsRouter.get('/:jobId', async (req, res) => {
  // ok: unscoped-tenant-query
  const [job] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, req.params.jobId), eq(jobs.organizationId, req.orgId!)));
  if (!job) return res.status(404).json({ error: 'Not found' });
  res.json(job);
});

// expect: missing-input-validation
jobsRouter.patch('/:jobId', requireOrgRole('owner', 'admin', 'recruiter'), async (req, res) => {
  // expect: unscoped-tenant-query
  const [job] = await db.update(jobs).set(req.body).where(eq(jobs.id, req.params.jobId)).returning();
  res.json(job);
});

jobsRouter.delete('/:jobId', requireOrgRole('owner', 'admin'), async (req, res) => {
  // ok: unscoped-tenant-query
  await db.delete(jobs).where(and(eq(jobs.id, req.params.jobId), eq(jobs.organizationId, req.orgId!)));
  res.status(204).end();
});

jobsRouter.get('/:jobId/applications', async (req, res) => {
  const [job] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.id, req.params.jobId), eq(jobs.organizationId, req.orgId!)));
  if (!job) return res.status(404).json({ error: 'Not found' });
  // ok: unscoped-tenant-query
  const rows = await db
    .select({ id: applications.id, stage: applications.stage, name: candidates.fullName })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(eq(applications.jobId, req.params.jobId));
  res.json(rows);
});

const stageSchema = z.object({ stage: z.enum(['applied', 'screen', 'interview', 'offer', 'hired', 'rejected']) });

// ok: missing-input-validation
jobsRouter.post('/:jobId/applications/:applicationId/stage', async (req, res) => {
  const { stage } = stageSchema.parse(req.body);
  // expect: unscoped-tenant-query
  const [app] = await db
    .update(applications)
    .set({ stage })
    .where(and(eq(applications.id, req.params.applicationId), eq(applications.jobId, req.params.jobId)))
    .returning();
  res.json(app);
});

// expect: missing-rate-limit
jobsRouter.get('/:jobId/applications/export.csv', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db
    .select({ name: candidates.fullName, email: candidates.email, stage: applications.stage })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(applications.jobId, req.params.jobId), eq(applications.organizationId, req.orgId!)));
  res.type('text/csv').send(rows.map((r) => `${r.name},${r.email},${r.stage}`).join('\n'));
});
