import { zValidator } from '@hono/zod-validator';
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { nanoid } from 'nanoid';
import { z } from 'zod';
import { links } from '../db/schema';
import { apiKeyAuth } from '../middleware/auth';
import type { AppEnv } from '../types';

// the browser extension shortens the current tab with a workspace API key
export const ext = new Hono<AppEnv & { Variables: { workspaceId: string } }>();
ext.use('*', apiKeyAuth);

// ok: missing-auth, missing-input-validation
ext.post('/links', zValidator('json', z.object({ url: z.string().url() })), async (c) => {
  const link = { id: crypto.randomUUID(), workspaceId: c.get('workspaceId'), slug: nanoid(7), url: c.req.valid('json').url, createdBy: 'api-key', createdAt: new Date() };
  await c.get('db').insert(links).values(link);
  return c.json(link, 201);
});

// ok: missing-auth
ext.get('/links/:slug', async (c) => {
  // ok: unscoped-tenant-query
  const [link] = await c.get('db').select().from(links).where(and(eq(links.slug, c.req.param('slug')), eq(links.workspaceId, c.get('workspaceId'))));
  return link ? c.json(link) : c.json({ error: 'not found' }, 404);
});
