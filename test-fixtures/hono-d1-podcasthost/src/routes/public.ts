import { Hono } from 'hono';
import { decode } from 'hono/jwt';
import type { AppEnv } from '../types';

const pub = new Hono<AppEnv>();

// the RSS feed podcast apps poll: public shows and published episodes only
// ok: missing-auth
pub.get('/feeds/:slug', async (c) => {
  // ok: unscoped-tenant-query
  const show = await c.env.DB.prepare('SELECT id, title, description FROM shows WHERE slug = ? AND is_public = 1').bind(c.req.param('slug')).first<{ id: string; title: string; description: string }>();
  if (!show) return c.notFound();
  // ok: unscoped-tenant-query
  const { results } = await c.env.DB.prepare("SELECT id, title, audio_key, published_at FROM episodes WHERE show_id = ? AND status = 'published' ORDER BY published_at DESC").bind(show.id).all<{ id: string; title: string; audio_key: string; published_at: string }>();
  const items = results.map((e) => `<item><title>${e.title}</title><enclosure url="https://media.castline.example/${e.audio_key}" type="audio/mpeg"/><pubDate>${e.published_at}</pubDate></item>`).join('');
  return c.body(`<?xml version="1.0"?><rss version="2.0"><channel><title>${show.title}</title>${items}</channel></rss>`, 200, { 'Content-Type': 'application/rss+xml' });
});

// private preview links for guests: the workspace and episode come from a token the app signed, but
// decode() never checks that signature: anyone can mint a token for any workspace's draft
// expect: missing-auth
pub.get('/preview', async (c) => {
  const token = c.req.query('t') ?? '';
  // expect: insecure-jwt
  const { payload } = decode(token);
  const { wid, episodeId } = payload as { wid: string; episodeId: string };
  const ep = await c.env.DB.prepare('SELECT title, notes, audio_key FROM episodes WHERE id = ? AND workspace_id = ?').bind(episodeId, wid).first();
  return ep ? c.json(ep) : c.notFound();
});

// a listen beacon from the web player: anonymous, so anyone can inflate a show's listen counts
// expect: missing-auth
// ok: missing-input-validation
pub.post('/listens/:episodeId', async (c) => {
  const ep = await c.env.DB.prepare("SELECT id, workspace_id FROM episodes WHERE id = ? AND status = 'published'").bind(c.req.param('episodeId')).first<{ id: string; workspace_id: string }>();
  if (!ep) return c.body(null, 204);
  await c.env.DB.prepare('INSERT INTO listens (workspace_id, episode_id, country) VALUES (?, ?, ?)').bind(ep.workspace_id, ep.id, c.req.header('cf-ipcountry') ?? null).run();
  return c.body(null, 204);
});

// ok: missing-auth
pub.get('/health', (c) => c.json({ ok: true }));

export default pub;
