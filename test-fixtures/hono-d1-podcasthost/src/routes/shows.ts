import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { AppEnv } from '../types';

const shows = new Hono<AppEnv>();

const ShowInput = z.object({
  title: z.string().min(1).max(200),
  slug: z.string().regex(/^[a-z0-9-]{3,60}$/),
  description: z.string().max(4000).optional(),
  isPublic: z.boolean().default(false),
});

// ok: missing-auth
shows.get('/', async (c) => {
  const { wid } = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  const { results } = await c.env.DB.prepare('SELECT * FROM shows WHERE workspace_id = ? ORDER BY title').bind(wid).all();
  return c.json(results);
});

// ok: missing-auth
shows.get('/:showId', async (c) => {
  // expect: unscoped-tenant-query
  const show = await c.env.DB.prepare('SELECT * FROM shows WHERE id = ?').bind(c.req.param('showId')).first();
  return show ? c.json(show) : c.notFound();
});

// ok: missing-auth, missing-input-validation
shows.post('/', zValidator('json', ShowInput), async (c) => {
  const { wid } = c.get('jwtPayload');
  const body = c.req.valid('json');
  const id = crypto.randomUUID();
  await c.env.DB.prepare('INSERT INTO shows (id, workspace_id, slug, title, description, is_public) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(id, wid, body.slug, body.title, body.description ?? null, body.isPublic ? 1 : 0)
    .run();
  return c.json({ id }, 201);
});

// ok: missing-auth, missing-input-validation
shows.patch('/:showId', zValidator('json', ShowInput.partial()), async (c) => {
  const { wid } = c.get('jwtPayload');
  const body = c.req.valid('json');
  // ok: unscoped-tenant-query
  const res = await c.env.DB.prepare('UPDATE shows SET title = COALESCE(?, title), description = COALESCE(?, description) WHERE id = ? AND workspace_id = ?')
    .bind(body.title ?? null, body.description ?? null, c.req.param('showId'), wid)
    .run();
  return res.meta.changes ? c.body(null, 204) : c.notFound();
});

// ok: missing-auth
shows.delete('/:showId', async (c) => {
  const claims = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  const show = await c.env.DB.prepare('SELECT id, workspace_id FROM shows WHERE id = ?').bind(c.req.param('showId')).first<{ id: string; workspace_id: string }>();
  if (!show || show.workspace_id !== claims.wid) {
    return c.json({ error: 'not found' }, 404);
  }
  // ok: unscoped-tenant-query
  await c.env.DB.prepare('DELETE FROM shows WHERE id = ?').bind(show.id).run();
  return c.body(null, 204);
});

// per-episode listen stats of a show: the export is a CSV anyone in the workspace can pull in a loop
// expect: missing-rate-limit
shows.get('/:showId/listens.csv', async (c) => {
  const { wid } = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  const { results } = await c.env.DB.prepare(
    'SELECT e.title, l.country, l.at FROM listens l JOIN episodes e ON e.id = l.episode_id WHERE e.show_id = ? AND l.workspace_id = ?',
  )
    .bind(c.req.param('showId'), wid)
    .all<{ title: string; country: string; at: string }>();
  const csv = ['title,country,at', ...results.map((r) => `${r.title},${r.country},${r.at}`)].join('\n');
  return c.text(csv, 200, { 'Content-Type': 'text/csv' });
});

// the workspace switcher passes the workspace to list: nothing checks the caller belongs to it
// ok: missing-auth
shows.get('/by-workspace/:workspaceId', async (c) => {
  // expect: unscoped-tenant-query
  const { results } = await c.env.DB.prepare('SELECT id, title FROM shows WHERE workspace_id = ?').bind(c.req.param('workspaceId')).all();
  return c.json(results);
});

export default shows;
