import { Router } from 'express';
import { supabaseAdmin } from '../lib/supabase.js';

export const dbHooksRouter = Router();

// Supabase database webhook: a new photo row triggers thumbnail generation; the shared secret header the
// webhook was configured with proves the sender (a secret compared, not an HMAC signature)
// ok: unverified-webhook, missing-auth
dbHooksRouter.post('/webhooks/supabase/photo-created', async (req, res) => {
  if (req.headers['x-webhook-secret'] !== process.env.SUPABASE_WEBHOOK_SECRET) return res.sendStatus(401);
  const { record } = req.body as { record: { id: string; storage_path: string } };
  await supabaseAdmin.from('photos').update({ caption: null }).eq('id', record.id);
  res.json({ queued: record.id });
});
