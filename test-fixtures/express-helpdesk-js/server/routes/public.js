const express = require('express');
const cors = require('cors');
const db = require('../lib/db');

const router = express.Router();

// the knowledge base is public and read-only: any origin may embed it
// ok: cors-wildcard
router.use(cors());

// ok: missing-auth
router.get('/kb', async (req, res) => {
  // ok: unscoped-tenant-query
  const { rows } = await db.query('SELECT id, title FROM kb_articles WHERE published = true');
  res.json(rows);
});

const BADGE_ORIGINS = (process.env.BADGE_ORIGINS || 'https://status.helpdesk.io').split(',');

// the status badge on customers' sites: only listed origins get the credentialed answer
// ok: missing-auth
router.get('/status-badge', (req, res) => {
  const origin = req.headers.origin;
  // ok: cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', BADGE_ORIGINS.includes(origin) ? origin : BADGE_ORIGINS[0]);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  res.json({ status: 'operational' });
});

// ok: missing-auth
router.get('/status-history', (req, res) => {
  const origin = req.headers.origin;
  // a sandboxed iframe sends `Origin: null`, and gets the credentialed answer
  // expect: cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', BADGE_ORIGINS.includes(origin) ? origin : 'null');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({ incidents: [] });
});

module.exports = router;
