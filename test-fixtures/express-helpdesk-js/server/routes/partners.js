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

async function requireApiKey(req, res, next) {
  const key = req.get('x-api-key');
  if (!key) return res.status(401).json({ error: 'missing api key' });
  const { rows } = await db.query('SELECT org_id FROM api_keys WHERE key_hash = crypt($1, key_hash)', [key]);
  if (!rows.length) return res.status(401).json({ error: 'invalid api key' });
  req.partner = { orgId: rows[0].org_id };
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
