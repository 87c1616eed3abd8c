import { Router } from 'express';
import { and, eq } from 'drizzle-orm';
import { db, jobs, organization } from '../db/index.js';

export const publicRouter = Router();

// Careers page: published openings of an organization, by its slug.
// ok: missing-auth
publicRouter.get('/careers/:orgSlug', async (req, res) => {
  const [org] = await db.select().from(organization).where(eq(organization.slug, req.params.orgSlug));
  if (!org) return res.status(404).json({ error: 'Not found' });
  // ok: unscoped-tenant-query
  const openings = await db
    .select({ id: jobs.id, title: jobs.title, location: jobs.location })
    .from(jobs)
    .where(and(eq(jobs.organizationId, org.id), eq(jobs.published, true)));
  res.json({ organization: org.name, openings });
});

// ok: missing-auth
publicRouter.get('/careers/:orgSlug/jobs/:jobId', async (req, res) => {
  const [job] = await db
    .select({ id: jobs.id, title: jobs.title, description: jobs.description, location: jobs.location })
    .from(jobs)
    .where(and(eq(jobs.id, req.params.jobId), eq(jobs.published, true)));
  if (!job) return res.status(404).json({ error: 'Not found' });
  res.json(job);
});

// ok: missing-auth
publicRouter.get('/healthz', (_req, res) => {
  res.json({ ok: true });
});
