import { Router } from 'express';
import { supabaseAdmin } from '../lib/supabase.js';

export const internalRouter = Router();

// ok: missing-auth
internalRouter.post('/cron/purge-orphans', async (req, res) => {
  if (req.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) return res.sendStatus(401);
  // ok: unscoped-tenant-query
  const { data: orphans } = await supabaseAdmin.from('photos').select('id, storage_path').is('album_id', null);
  await supabaseAdmin.storage.from('photos').remove((orphans ?? []).map((p) => p.storage_path));
  res.json({ removed: orphans?.length ?? 0 });
});

// the ops dashboard polls this; forgot the secret check
// expect: missing-auth
internalRouter.get('/stats/top-uploaders', async (_req, res) => {
  const { data } = await supabaseAdmin.from('photos').select('owner_id, storage_path').limit(500);
  res.json(data);
});
