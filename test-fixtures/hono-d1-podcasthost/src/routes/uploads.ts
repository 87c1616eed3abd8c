import { Hono } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppEnv } from '../types';

const uploads = new Hono<AppEnv>();

const COVER_TYPES = ['image/jpeg', 'image/png'];

const uploadLimiter = rateLimiter<AppEnv>({
  windowMs: 60 * 1000,
  limit: 10,
  keyGenerator: (c) => c.get('jwtPayload').sub,
});

// episode audio: size capped by the plan, but any file type goes into the public bucket, under the client's file name
// expect: missing-rate-limit, missing-input-validation
uploads.post('/episodes/:episodeId/audio', async (c) => {
  const { wid } = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  const ep = await c.env.DB.prepare('SELECT id FROM episodes WHERE id = ? AND workspace_id = ?').bind(c.req.param('episodeId'), wid).first<{ id: string }>();
  if (!ep) return c.notFound();
  // expect: unrestricted-upload
  const body = await c.req.parseBody();
  const file = body['audio'];
  if (!(file instanceof File)) return c.json({ error: 'audio is required' }, 400);
  if (file.size > Number(c.env.MAX_AUDIO_MB) * 1024 * 1024) return c.json({ error: 'file too large' }, 413);
  const key = `${wid}/audio/${ep.id}/${file.name}`;
  await c.env.MEDIA.put(key, file.stream(), { httpMetadata: { contentType: file.type } });
  // ok: unscoped-tenant-query
  await c.env.DB.prepare('UPDATE episodes SET audio_key = ? WHERE id = ? AND workspace_id = ?').bind(key, ep.id, wid).run();
  return c.json({ key });
});

// ok: missing-rate-limit, missing-auth
uploads.post('/shows/:showId/cover', uploadLimiter, async (c) => {
  const { wid } = c.get('jwtPayload');
  // ok: unrestricted-upload
  const body = await c.req.parseBody();
  const file = body['cover'];
  if (!(file instanceof File)) return c.json({ error: 'cover is required' }, 400);
  if (file.size > 5 * 1024 * 1024 || !COVER_TYPES.includes(file.type)) {
    return c.json({ error: 'cover must be a JPEG or PNG under 5 MB' }, 415);
  }
  // ok: unscoped-tenant-query
  const show = await c.env.DB.prepare('SELECT id FROM shows WHERE id = ? AND workspace_id = ?').bind(c.req.param('showId'), wid).first<{ id: string }>();
  if (!show) return c.notFound();
  await c.env.MEDIA.put(`${wid}/covers/${show.id}`, file.stream(), { httpMetadata: { contentType: file.type } });
  return c.body(null, 204);
});

export default uploads;
