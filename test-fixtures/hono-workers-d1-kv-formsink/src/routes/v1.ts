import { and, desc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { Hono } from 'hono';
import { forms, submissions } from '../db/schema';
import { apiKeyAuth } from '../middleware/auth';
import type { AppEnv } from '../types';

// Integration API authenticated with workspace API keys (Authorization: Bearer fs_...)
export const v1 = new Hono<AppEnv>();

v1.use('*', apiKeyAuth);

// ok: missing-auth
v1.get('/forms', async (c) => {
  const db = drizzle(c.env.DB);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(forms).where(eq(forms.workspaceId, c.get('workspaceId')));
  return c.json({ data: rows });
});

// ok: missing-auth
v1.get('/submissions', async (c) => {
  const formId = c.req.query('form_id');
  if (!formId) return c.json({ error: 'form_id is required' }, 400);
  const db = drizzle(c.env.DB);
  // expect: unscoped-tenant-query
  const rows = await db.select().from(submissions).where(eq(submissions.formId, formId)).orderBy(desc(submissions.createdAt)).limit(100);
  return c.json({ data: rows });
});

// ok: missing-auth
v1.delete('/submissions/:id', async (c) => {
  const db = drizzle(c.env.DB);
  // ok: unscoped-tenant-query
  const deleted = await db
    .delete(submissions)
    .where(and(eq(submissions.id, c.req.param('id')), eq(submissions.workspaceId, c.get('workspaceId'))))
    .returning();
  return deleted.length ? c.body(null, 204) : c.json({ error: 'Not found' }, 404);
});
