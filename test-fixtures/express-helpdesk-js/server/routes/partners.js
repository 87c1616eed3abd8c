const express = require('express');
const cors = require('cors');
const db = require('../lib/db');

const router = express.Router();

router.use(
  cors({
    // expect: cors-wildcard
    origin: /partner\.helpdesk\.io/,
    credentials: true,
  }),
);

// the key's row (never the key itself): its id, organisation and label
async function findApiKey(key) {
  const { rows } = await db.query('SELECT id, org_id, label FROM api_keys WHERE key_hash = crypt($1, key_hash)', [key]);
  return rows[0] || null;
}

async function requireApiKey(req, res, next) {
  const key = req.get('x-api-key');
  if (!key) return res.status(401).json({ error: 'missing api key' });
  const apiKey = await findApiKey(key);
  if (!apiKey) {
    // expect: token-logging
    console.warn('partner call with an unknown api key', { apiKey: key });
    return res.status(401).json({ error: 'invalid api key' });
  }
  // ok: token-logging
  console.info('partner call', { keyId: apiKey.id, orgId: apiKey.org_id, label: apiKey.label });
  req.partner = { orgId: apiKey.org_id };
  next();
}

router.use(requireApiKey);

// ok: missing-auth
router.get('/tickets', async (req, res) => {
  // ok: unscoped-tenant-query
  const { rows } = await db.query('SELECT id, subject FROM tickets WHERE org_id = $1', [req.partner.orgId]);
  res.json(rows);
});

module.exports = router;
