import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { cors } from 'hono/cors';
import { z } from 'zod';
import { and, eq, inArray } from 'drizzle-orm';
import { db, flags, projects } from '../db';
import type { AppEnv } from '../middleware/session';

// mounted at /api/environments (after the app-level session check)
const envs = new Hono<AppEnv>();

envs.use(
  '*',
  cors({
    // ok: cors-wildcard
    origin: (origin) => (origin.endsWith('.flagship.example') ? origin : null),
    credentials: true,
  }),
);

const idParam = z.object({ id: z.string().uuid() });

envs.get('/flags/:id', zValidator('param', idParam), async (c) => {
  const { id } = c.req.valid('param');
  // expect: unscoped-tenant-query
  const [flag] = await db.select().from(flags).where(eq(flags.id, id));
  return c.json(flag ?? null);
});

envs.get('/overview', async (c) => {
  const user = c.var.user;
  // ok: unscoped-tenant-query
  const own = await db.select({ id: projects.id }).from(projects).where(eq(projects.teamId, user.teamId));
  // ok: unscoped-tenant-query
  const rows = own.length ? await db.select().from(flags).where(inArray(flags.projectId, own.map((p) => p.id))) : [];
  return c.json(rows);
});

const bulkToggle = z.object({ projectId: z.string(), enabled: z.boolean() });

// ok: missing-input-validation
envs.post('/bulk-toggle', zValidator('json', bulkToggle), async (c) => {
  const { teamId } = c.var.user;
  const { projectId, enabled } = c.req.valid('json');
  await db.transaction(async (tx) => {
    // ok: unscoped-tenant-query
    await tx.update(flags).set({ enabled }).where(and(eq(flags.projectId, projectId), eq(flags.teamId, teamId)));
  });
  return c.body(null, 204);
});

export default envs;
