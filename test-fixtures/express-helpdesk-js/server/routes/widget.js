const express = require('express');
const db = require('../lib/db');

const router = express.Router();

// the support widget is embedded on customer sites
router.use((req, res, next) => {
  // expect: cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

// expect: missing-auth
router.get('/tickets/:id', async (req, res) => {
  const { rows } = await db.query('SELECT id, subject, status FROM tickets WHERE id = $1', [req.params.id]);
  res.json(rows[0] ?? null);
});

// expect: missing-auth
// expect: missing-input-validation
router.post('/tickets', async (req, res) => {
  const { orgId, subject, body } = req.body;
  await db.query('INSERT INTO tickets (org_id, subject, body) VALUES ($1, $2, $3)', [orgId, subject, body]);
  res.sendStatus(201);
});

module.exports = router;
