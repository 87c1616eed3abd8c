import { Router } from 'express';
import { count, eq } from 'drizzle-orm';
import { db, applications, jobs } from '../db/index.js';

// Pipeline charts for the dashboard.
export const reportsRouter = Router();

// expect: missing-auth
reportsRouter.get('/pipeline/:orgId', async (req, res) => {
  const rows = await db
    .select({ stage: applications.stage, n: count() })
    .from(applications)
    .where(eq(applications.organizationId, req.params.orgId))
    .groupBy(applications.stage);
  res.json(rows);
});

// expect: missing-auth
reportsRouter.get('/jobs/:orgId/open', async (req, res) => {
  const rows = await db.select({ id: jobs.id, title: jobs.title }).from(jobs).where(eq(jobs.organizationId, req.params.orgId));
  res.json(rows);
});
