import { Hono } from 'hono';
import { drizzle } from 'drizzle-orm/d1';
import { and, eq } from 'drizzle-orm';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { AppEnv } from '../types';
import { comments } from '../db/schema';

// review comments on episode drafts, mounted under /api/comments (behind the JWT gate)
const app = new Hono<AppEnv>();

// ok: missing-auth
app.get('/episode/:episodeId', async (c) => {
  const db = drizzle(c.env.DB);
  const { wid } = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  const rows = await db.select().from(comments).where(and(eq(comments.episodeId, c.req.param('episodeId')), eq(comments.workspaceId, wid)));
  return c.json(rows);
});

// ok: missing-auth, missing-input-validation
app.post('/episode/:episodeId', zValidator('json', z.object({ body: z.string().min(1).max(5000) })), async (c) => {
  const db = drizzle(c.env.DB);
  const { wid, sub } = c.get('jwtPayload');
  const id = crypto.randomUUID();
  await db.insert(comments).values({ id, workspaceId: wid, episodeId: c.req.param('episodeId'), authorId: sub, body: c.req.valid('json').body });
  return c.json({ id }, 201);
});

// resolving a thread: by id alone
// ok: missing-auth, missing-input-validation
app.post('/:commentId/resolve', async (c) => {
  const db = drizzle(c.env.DB);
  // expect: unscoped-tenant-query
  await db.update(comments).set({ resolved: true }).where(eq(comments.id, c.req.param('commentId')));
  return c.body(null, 204);
});

// editing: only the author's own comment
// ok: missing-auth
// expect: missing-input-validation
app.patch('/:commentId', async (c) => {
  const db = drizzle(c.env.DB);
  const { sub } = c.get('jwtPayload');
  const { body } = await c.req.json();
  // ok: unscoped-tenant-query
  await db.update(comments).set({ body }).where(and(eq(comments.id, c.req.param('commentId')), eq(comments.authorId, sub)));
  return c.body(null, 204);
});

export default app;
