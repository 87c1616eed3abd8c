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

module.exports = router;
