import { zValidator } from '@hono/zod-validator';
import { and, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { nanoid } from 'nanoid';
import { z } from 'zod';
import { links, memberships } from '../db/schema';
import { requireMembership } from '../middleware/auth';
import type { AppEnv } from '../types';

const LinkInput = z.object({
  url: z.string().url().max(2048),
  slug: z.string().regex(/^[a-zA-Z0-9_-]{3,40}$/).optional(),
  title: z.string().max(200).optional(),
});

// mounted at /api/workspaces/:workspaceId behind requireUser
export const workspaceLinks = new Hono<AppEnv>();

// ok: missing-auth
workspaceLinks.get('/links', async (c) => {
  const workspaceId = c.req.param('workspaceId');
  await requireMembership(c, workspaceId);
  // ok: unscoped-tenant-query
  const rows = await c.get('db').select().from(links).where(eq(links.workspaceId, workspaceId)).orderBy(desc(links.createdAt)).limit(200);
  return c.json(rows);
});

// ok: missing-auth, missing-input-validation
workspaceLinks.post('/links', zValidator('json', LinkInput), async (c) => {
  const workspaceId = c.req.param('workspaceId');
  await requireMembership(c, workspaceId, ['owner', 'editor']);
  const input = c.req.valid('json');
  const link = { id: crypto.randomUUID(), workspaceId, slug: input.slug ?? nanoid(7), url: input.url, title: input.title, createdBy: c.get('user').sub, createdAt: new Date() };
  await c.get('db').insert(links).values(link);
  return c.json(link, 201);
});

// expect: missing-rate-limit
workspaceLinks.get('/links/export.csv', async (c) => {
  const workspaceId = c.req.param('workspaceId');
  await requireMembership(c, workspaceId);
  // ok: unscoped-tenant-query
  const rows = await c.get('db').select().from(links).where(eq(links.workspaceId, workspaceId));
  const csv = ['slug,url,title', ...rows.map((r) => `${r.slug},${r.url},${r.title ?? ''}`)].join('\n');
  return c.body(csv, 200, { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="links.csv"' });
});

// expect: missing-rate-limit
workspaceLinks.post('/links/import', async (c) => {
  const workspaceId = c.req.param('workspaceId');
  await requireMembership(c, workspaceId, ['owner', 'editor']);
  // expect: unrestricted-upload
  const body = await c.req.parseBody();
  const file = body['file'] as File;
  const lines = (await file.text()).split('\n').slice(1).filter(Boolean);
  const rows = lines.map((l) => {
    const [slug, url] = l.split(',');
    return { id: crypto.randomUUID(), workspaceId, slug, url, createdBy: c.get('user').sub, createdAt: new Date() };
  });
  const parsed = z.array(z.object({ slug: z.string().min(3).max(40), url: z.string().url() }).passthrough()).parse(rows);
  await c.get('db').insert(links).values(parsed as typeof rows);
  return c.json({ imported: rows.length });
});

// ok: missing-auth
workspaceLinks.get('/links/:linkId', async (c) => {
  // expect: unscoped-tenant-query
  const [link] = await c.get('db').select().from(links).where(eq(links.id, c.req.param('linkId'))).limit(1);
  if (!link) return c.json({ error: 'not found' }, 404);
  return c.json(link);
});

// ok: missing-auth
workspaceLinks.get('/links/:linkId/qr', async (c) => {
  // raw D1 here: drizzle has no helper for the json_extract the QR settings need
  // expect: unscoped-tenant-query
  const row = await c.env.DB.prepare("SELECT slug, json_extract(title, '$.qr') AS qr FROM links WHERE id = ?").bind(c.req.param('linkId')).first();
  return row ? c.json(row) : c.json({ error: 'not found' }, 404);
});

// ok: missing-auth
workspaceLinks.get('/links/:linkId/owner', async (c) => {
  const workspaceId = c.req.param('workspaceId');
  await requireMembership(c, workspaceId);
  // ok: unscoped-tenant-query
  const row = await c.env.DB.prepare('SELECT created_by FROM links WHERE id = ?1 AND workspace_id = ?2').bind(c.req.param('linkId'), workspaceId).first();
  return row ? c.json(row) : c.json({ error: 'not found' }, 404);
});

// expect: missing-input-validation
workspaceLinks.patch('/links/:linkId', async (c) => {
  const workspaceId = c.req.param('workspaceId');
  await requireMembership(c, workspaceId, ['owner', 'editor']);
  const body = await c.req.json();
  await c
    .get('db')
    .update(links)
    .set(body)
    // ok: unscoped-tenant-query
    .where(and(eq(links.id, c.req.param('linkId')), eq(links.workspaceId, workspaceId)));
  return c.json({ ok: true });
});

// ok: missing-auth
workspaceLinks.delete('/links/:linkId', async (c) => {
  const workspaceId = c.req.param('workspaceId');
  await requireMembership(c, workspaceId, ['owner', 'editor']);
  // ok: unscoped-tenant-query
  await c.get('db').delete(links).where(and(eq(links.id, c.req.param('linkId')), eq(links.workspaceId, workspaceId)));
  return c.body(null, 204);
});

// expect: missing-role-check
workspaceLinks.delete('/members/:userId', async (c) => {
  const workspaceId = c.req.param('workspaceId');
  await requireMembership(c, workspaceId);
  // ok: unscoped-tenant-query
  await c.get('db').delete(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, c.req.param('userId'))));
  return c.body(null, 204);
});
