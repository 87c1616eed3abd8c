import express from 'express';
import crypto from 'crypto';
import { query } from '../lib/db.js';

const router = express.Router();

// expect: unverified-webhook
router.post('/github', express.raw({ type: '*/*' }), async (req, res) => {
  const signature = req.get('X-Hub-Signature-256');
  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET).update(req.body).digest('hex');
  if (signature !== expected) return res.status(401).end();
  const event = JSON.parse(req.body.toString());
  await query('INSERT INTO documents (title, content, account_id) VALUES ($1, $2, $3)', [event.repository.name, '', 1]);
  res.sendStatus(202);
});

// ok: unverified-webhook
router.post('/billing', express.raw({ type: 'application/json' }), async (req, res) => {
  const sig = Buffer.from(req.headers['x-billing-signature'] || '', 'hex');
  const mac = crypto.createHmac('sha256', process.env.BILLING_WEBHOOK_SECRET).update(req.body).digest();
  if (sig.length !== mac.length || !crypto.timingSafeEqual(sig, mac)) return res.sendStatus(400);
  const evt = JSON.parse(req.body);
  await query('UPDATE accounts SET name = $1 WHERE id = $2', [evt.name, evt.accountId]);
  res.sendStatus(200);
});

export default router;
