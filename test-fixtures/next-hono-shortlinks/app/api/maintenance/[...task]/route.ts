import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { handle } from 'hono/vercel';
import { prisma } from '@/lib/prisma';

const app = new Hono().basePath('/api/maintenance');

// the scheduler calls these with the deployment's cron secret
app.use('*', async (c, next) => {
  const token = process.env.CRON_SECRET;
  if (!token) return c.json({ error: 'CRON_SECRET is not configured' }, 500);
  return bearerAuth({ token })(c, next);
});

app.post('/purge-workspace-links', async (c) => {
  const workspaceId = c.req.query('workspaceId') ?? '';
  // ok: unscoped-tenant-query
  const { count } = await prisma.link.deleteMany({ where: { workspaceId } });
  return c.json({ deleted: count });
});

// ok: missing-auth
export const POST = handle(app);
