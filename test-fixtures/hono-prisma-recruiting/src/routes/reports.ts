import { Hono } from 'hono';
import { prisma } from '../lib/db';
import { currentUser, type AppEnv } from '../middleware/auth';

const reports = new Hono<AppEnv>();

reports.get('/pipeline', async (c) => {
  const user = currentUser(c);
  // ok: unscoped-tenant-query
  const byStage = await prisma.application.groupBy({ by: ['stage'], where: { companyId: user.companyId }, _count: { _all: true } });
  return c.json(byStage);
});

reports.get('/time-to-hire', async (c) => {
  const user = currentUser(c);
  try {
    const rows = await prisma.$queryRaw`SELECT j.title, avg(now() - a."createdAt") AS "avgAge" FROM "Application" a JOIN "Job" j ON j.id = a."jobId" WHERE a."companyId" = ${user.companyId} GROUP BY j.title`;
    return c.json(rows);
  } catch (err) {
    // expect: error-details-leak
    return c.json({ error: 'Report failed', detail: (err as Error).message }, 500);
  }
});

export default reports;
