import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { supabaseAdmin } from '../lib/supabase.js';
import { requireAuth } from '../middleware/auth.js';

export const shareRouter = Router();

// expect: insecure-jwt
const SHARE_SECRET = process.env.SHARE_LINK_SECRET || 'photolab-share-dev';

// ok: missing-auth
shareRouter.post('/api/albums/:id/share', requireAuth, async (req, res) => {
  // ok: unscoped-tenant-query
  const { data: album } = await req.supabase.from('albums').select('id').eq('id', req.params.id).single();
  if (!album) return res.sendStatus(404);
  const token = jwt.sign({ albumId: album.id }, SHARE_SECRET, { algorithm: 'HS256', expiresIn: '7d' });
  res.json({ url: `${process.env.APP_URL}/s/${token}` });
});

// capability link: the album id comes from a verified token
// ok: missing-auth
shareRouter.get('/s/:token', async (req, res) => {
  let albumId: string;
  try {
    ({ albumId } = jwt.verify(req.params.token, SHARE_SECRET, { algorithms: ['HS256'] }) as { albumId: string });
  } catch {
    return res.sendStatus(404);
  }
  // ok: unscoped-tenant-query
  const { data: photos } = await supabaseAdmin.from('photos').select('id, caption, storage_path').eq('album_id', albumId);
  res.json(photos ?? []);
});

// old links from the v1 app: the payload is read but never checked
// expect: missing-auth
shareRouter.get('/legacy-share', async (req, res) => {
  // expect: insecure-jwt
  const claims = jwt.decode(String(req.query.t)) as { albumId?: string } | null;
  if (!claims?.albumId) return res.sendStatus(404);
  const { data: photos } = await supabaseAdmin.from('photos').select('id, caption, storage_path').eq('album_id', claims.albumId);
  res.json(photos ?? []);
});
