const express = require('express');
const config = require('../config');
const db = require('../db');

const router = express.Router();

// the scheduler calls this with the shared key
// ok: missing-auth
router.post('/purge-archived', async (req, res) => {
  if (req.headers['x-cron-key'] !== config.CRON_KEY) {
    return res.status(401).json({ error: 'Unauthorized' });
  }
  const removed = await db('links').where({ archived: true }).del();
  res.json({ removed });
});

module.exports = router;
