import { zValidator } from '@hono/zod-validator';
import { and, desc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { Hono } from 'hono';
import { z } from 'zod';
import { forms, submissions } from '../db/schema';
import { requireJwt, requireRole } from '../middleware/auth';
import type { AppEnv, TokenPayload } from '../types';

const FormInput = z.object({ name: z.string().min(1).max(100), redirectUrl: z.string().url().optional() });

export const formsRouter = new Hono<AppEnv>();

formsRouter.use('*', requireJwt);

const submissionsRouter = new Hono<AppEnv>();

// ok: missing-auth
submissionsRouter.get('/', async (c) => {
  const { workspaceId } = c.get('jwtPayload') as TokenPayload;
  const db = drizzle(c.env.DB);
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(submissions)
    .where(and(eq(submissions.formId, c.req.param('formId')), eq(submissions.workspaceId, workspaceId)))
    .orderBy(desc(submissions.createdAt));
  return c.json(rows);
});

// ok: missing-auth
submissionsRouter.delete('/:id', requireRole('owner', 'editor'), async (c) => {
  const db = drizzle(c.env.DB);
  // expect: unscoped-tenant-query
  await db.delete(submissions).where(eq(submissions.id, c.req.param('id')));
  return c.body(null, 204);
});

formsRouter.route('/:formId/submissions', submissionsRouter);

// ok: missing-auth
formsRouter.get('/', async (c) => {
  const { workspaceId } = c.get('jwtPayload') as TokenPayload;
  const db = drizzle(c.env.DB);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(forms).where(eq(forms.workspaceId, workspaceId)).orderBy(desc(forms.createdAt));
  return c.json(rows);
});

// ok: missing-auth, missing-input-validation
formsRouter.post('/', requireRole('owner', 'editor'), zValidator('json', FormInput), async (c) => {
  const { workspaceId } = c.get('jwtPayload') as TokenPayload;
  const db = drizzle(c.env.DB);
  const form = { id: crypto.randomUUID(), ...c.req.valid('json'), workspaceId, createdAt: new Date() };
  await db.insert(forms).values(form);
  return c.json(form, 201);
});

// ok: missing-auth
formsRouter.get('/:id', async (c) => {
  const db = drizzle(c.env.DB);
  // expect: unscoped-tenant-query
  const form = await db.select().from(forms).where(eq(forms.id, c.req.param('id'))).get();
  if (!form) return c.json({ error: 'Not found' }, 404);
  return c.json(form);
});

// ok: missing-auth
// expect: missing-input-validation
formsRouter.patch('/:id', requireRole('owner', 'editor'), async (c) => {
  const { workspaceId } = c.get('jwtPayload') as TokenPayload;
  const body = await c.req.json();
  const db = drizzle(c.env.DB);
  // ok: unscoped-tenant-query
  await db
    .update(forms)
    .set({ name: body.name, redirectUrl: body.redirectUrl })
    .where(and(eq(forms.id, c.req.param('id')), eq(forms.workspaceId, workspaceId)));
  return c.json({ ok: true });
});

// ok: missing-auth
formsRouter.delete('/:id', requireRole('owner'), async (c) => {
  const { workspaceId } = c.get('jwtPayload') as TokenPayload;
  const db = drizzle(c.env.DB);
  // ok: unscoped-tenant-query
  const form = await db.select().from(forms).where(eq(forms.id, c.req.param('id'))).get();
  if (!form || form.workspaceId !== workspaceId) return c.json({ error: 'Not found' }, 404);
  // ok: unscoped-tenant-query
  await db.delete(submissions).where(eq(submissions.formId, form.id));
  // ok: unscoped-tenant-query
  await db.delete(forms).where(eq(forms.id, form.id));
  return c.body(null, 204);
});

// ok: missing-auth
// expect: missing-rate-limit
formsRouter.get('/:id/export', async (c) => {
  const { workspaceId } = c.get('jwtPayload') as TokenPayload;
  const db = drizzle(c.env.DB);
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(submissions)
    .where(and(eq(submissions.formId, c.req.param('id')), eq(submissions.workspaceId, workspaceId)));
  const csv = rows.map((r) => `${r.id},${r.createdAt.toISOString()},${JSON.stringify(r.payload)}`).join('\n');
  return c.text(csv, 200, { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="submissions.csv"' });
});
