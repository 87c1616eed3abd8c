import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { AppEnv } from '../types';

const episodes = new Hono<AppEnv>();

async function ownedShow(db: D1Database, showId: string, wid: string) {
  return db.prepare('SELECT id FROM shows WHERE id = ? AND workspace_id = ?').bind(showId, wid).first<{ id: string }>();
}

// ok: missing-auth
episodes.get('/shows/:showId/episodes', async (c) => {
  const { wid } = c.get('jwtPayload');
  const show = await ownedShow(c.env.DB, c.req.param('showId'), wid);
  if (!show) return c.notFound();
  // ok: unscoped-tenant-query
  const { results } = await c.env.DB.prepare('SELECT * FROM episodes WHERE show_id = ? AND workspace_id = ?').bind(show.id, wid).all();
  return c.json(results);
});

// the draft form posts straight into the table
// expect: missing-input-validation
episodes.post('/shows/:showId/episodes', async (c) => {
  const { wid } = c.get('jwtPayload');
  const show = await ownedShow(c.env.DB, c.req.param('showId'), wid);
  if (!show) return c.notFound();
  const body = await c.req.json<{ title: string; notes?: string }>();
  const id = crypto.randomUUID();
  await c.env.DB.prepare('INSERT INTO episodes (id, workspace_id, show_id, title, notes) VALUES (?, ?, ?, ?, ?)')
    .bind(id, wid, show.id, body.title, body.notes ?? null)
    .run();
  return c.json({ id }, 201);
});

// ok: missing-auth
episodes.get('/episodes/:episodeId', async (c) => {
  const { wid } = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  const ep = await c.env.DB.prepare('SELECT * FROM episodes WHERE id = ?').bind(c.req.param('episodeId')).first<{ workspace_id: string }>();
  if (!ep || ep.workspace_id !== wid) return c.json({ error: 'not found' }, 404);
  return c.json(ep);
});

// publishing: a server value only, but the row is picked by id alone
// ok: missing-auth, missing-input-validation
episodes.post('/episodes/:episodeId/publish', async (c) => {
  // expect: unscoped-tenant-query
  await c.env.DB.prepare("UPDATE episodes SET status = 'published', published_at = datetime('now') WHERE id = ?").bind(c.req.param('episodeId')).run();
  return c.body(null, 204);
});

// ok: missing-auth, missing-input-validation
episodes.put('/episodes/:episodeId', zValidator('json', z.object({ title: z.string().min(1).max(200), notes: z.string().max(20000) })), async (c) => {
  const { wid } = c.get('jwtPayload');
  const { title, notes } = c.req.valid('json');
  // ok: unscoped-tenant-query
  await c.env.DB.prepare('UPDATE episodes SET title = ?, notes = ? WHERE id = ? AND workspace_id = ?').bind(title, notes, c.req.param('episodeId'), wid).run();
  return c.body(null, 204);
});

export default episodes;
