import { Router, type Request, type Response, type NextFunction } from 'express';
import { and, eq } from 'drizzle-orm';
import { db, member, jobs, applications, candidates } from '../db/index.js';

// /api/orgs/:orgId/... for people who belong to several organizations (agency recruiters).
export const orgsRouter = Router({ mergeParams: true });

async function requireMembership(req: Request, res: Response, next: NextFunction) {
  const [row] = await db
    .select({ role: member.role })
    .from(member)
    .where(and(eq(member.organizationId, req.params.orgId), eq(member.userId, req.user!.id)));
  if (!row) return res.status(403).json({ error: 'Not a member' });
  next();
}

orgsRouter.use(requireMembership);

orgsRouter.get('/jobs', async (req, res) => {
  // ok: unscoped-tenant-query
  res.json(await db.select().from(jobs).where(eq(jobs.organizationId, req.params.orgId)));
});

orgsRouter.get('/applications/:applicationId', async (req, res) => {
  // ok: unscoped-tenant-query
  const [row] = await db
    .select({ id: applications.id, stage: applications.stage, candidate: candidates.fullName })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(applications.id, req.params.applicationId), eq(applications.organizationId, req.params.orgId)));
  if (!row) return res.status(404).json({ error: 'Not found' });
  res.json(row);
});

orgsRouter.post('/applications/:applicationId/archive', async (req, res) => {
  await db.transaction(async (tx) => {
    // ok: unscoped-tenant-query
    await tx
      .update(applications)
      .set({ stage: 'archived' })
      .where(and(eq(applications.id, req.params.applicationId), eq(applications.organizationId, req.params.orgId)));
  });
  res.status(204).end();
});

orgsRouter.post('/applications/:applicationId/restore', async (req, res) => {
  await db.transaction(async (tx) => {
    // expect: unscoped-tenant-query
    await tx.update(applications).set({ stage: 'applied' }).where(eq(applications.id, req.params.applicationId));
  });
  res.status(204).end();
});
