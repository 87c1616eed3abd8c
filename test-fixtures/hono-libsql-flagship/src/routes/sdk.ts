import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db, apiKeys, flags } from '../db';

type SdkEnv = { Variables: { apiKey: { teamId: string; projectId: string } } };

// server SDKs call in with a project key
const apiKeyAuth = createMiddleware<SdkEnv>(async (c, next) => {
  const raw = c.req.header('x-flagship-key');
  if (!raw) return c.json({ error: 'missing api key' }, 401);
  const [key] = await db.select().from(apiKeys).where(eq(apiKeys.hashedKey, createHash('sha256').update(raw).digest('hex')));
  if (!key) return c.json({ error: 'invalid api key' }, 401);
  c.set('apiKey', { teamId: key.teamId, projectId: key.projectId });
  await next();
});

const sdk = new Hono<SdkEnv>();
sdk.use('*', apiKeyAuth);

// ok: missing-auth
sdk.get('/flags', async (c) => {
  const { teamId, projectId } = c.get('apiKey');
  // ok: unscoped-tenant-query
  const rows = await db.select({ key: flags.key, enabled: flags.enabled, rolloutPercent: flags.rolloutPercent }).from(flags).where(and(eq(flags.teamId, teamId), eq(flags.projectId, projectId)));
  return c.json(rows);
});

// ok: missing-auth
sdk.get('/flags/:key', async (c) => {
  const { projectId } = c.get('apiKey');
  // ok: unscoped-tenant-query
  const [flag] = await db.select().from(flags).where(and(eq(flags.projectId, projectId), eq(flags.key, c.req.param('key'))));
  return flag ? c.json({ key: flag.key, enabled: flag.enabled }) : c.json({ error: 'not found' }, 404);
});

export default sdk;
