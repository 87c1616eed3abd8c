import { Hono } from 'hono';
import { eq, sql } from 'drizzle-orm';
import { db, flags } from '../db';

// usage summary shown on the billing page
const reports = new Hono();

// expect: missing-auth
reports.get('/usage', async (c) => {
  const teamId = c.req.query('teamId') ?? '';
  const rows = await db
    .select({ projectId: flags.projectId, total: sql<number>`count(*)`, on: sql<number>`sum(${flags.enabled})` })
    .from(flags)
    .where(eq(flags.teamId, teamId))
    .groupBy(flags.projectId);
  return c.json(rows);
});

export default reports;
