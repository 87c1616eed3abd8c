import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import type { AppEnv } from '../types';
import { sha256 } from '../lib/crypto';

// the read API podcast networks use with a workspace API key
const partner = new Hono<AppEnv>();

partner.use(
  '*',
  bearerAuth({
    verifyToken: async (token, c) => {
      // expect: token-logging
      console.log('partner api call', c.req.path, c.req.header());
      const key = await c.env.DB.prepare('SELECT workspace_id FROM api_keys WHERE key_hash = ?').bind(await sha256(token)).first<{ workspace_id: string }>();
      if (!key) return false;
      c.set('partnerWorkspace', key.workspace_id);
      return true;
    },
  }),
);

// ok: missing-auth
partner.get('/episodes', async (c) => {
  // ok: unscoped-tenant-query
  const { results } = await c.env.DB.prepare("SELECT id, title, published_at FROM episodes WHERE workspace_id = ? AND status = 'published'").bind(c.get('partnerWorkspace')).all();
  return c.json(results);
});

// drafts too, and any workspace's: the key's workspace is never compared
// ok: missing-auth
partner.get('/episodes/:episodeId/stats', async (c) => {
  // expect: unscoped-tenant-query
  const { results } = await c.env.DB.prepare('SELECT country, COUNT(*) AS n FROM listens WHERE episode_id = ? GROUP BY country').bind(c.req.param('episodeId')).all();
  return c.json(results);
});

export default partner;
