const express = require('express');
const db = require('../db');

const router = express.Router();

// mounted in app.js without ensureAuthenticated
// expect: missing-auth
router.get('/daily', async (req, res) => {
  const day = req.query.day || new Date().toISOString().slice(0, 10);
  // ok: unscoped-tenant-query
  const rows = await db('queue_entries')
    .where({ clinic_id: req.query.clinicId })
    .whereRaw('checked_in_at::date = ?', [day])
    .select('status')
    .count('* as n')
    .groupBy('status');
  res.json(rows);
});

module.exports = router;
