const express = require('express');
const db = require('../db');

const router = express.Router();

// ok: missing-auth
router.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db('queue_entries as q')
    .join('patients as p', 'p.id', 'q.patient_id')
    .select('q.id', 'q.status', 'q.reason', 'q.checked_in_at', 'p.first_name', 'p.last_name')
    .where('q.clinic_id', req.user.clinic_id)
    .whereIn('q.status', ['waiting', 'called'])
    .orderBy('q.checked_in_at');
  res.json(rows);
});

// ok: missing-input-validation
router.post('/:id/call', async (req, res) => {
  // expect: unscoped-tenant-query
  await db('queue_entries').where('id', req.params.id).update({ status: 'called', called_at: db.fn.now() });
  res.json({ ok: true });
});

async function loadEntry(req) {
  return db('queue_entries').where({ id: req.params.id, clinic_id: req.user.clinic_id }).first();
}

// a hand-written typeof/length test is no schema check (catalog: zod, joi, express-validator ...)
// expect: missing-input-validation
router.post('/:id/notes', async (req, res) => {
  const entry = await loadEntry(req);
  if (!entry) return res.status(404).json({ error: 'Not found' });
  if (typeof req.body.body !== 'string' || req.body.body.length > 2000) return res.status(400).json({ error: 'Invalid note' });
  await db('queue_notes').insert({ clinic_id: entry.clinic_id, entry_id: entry.id, author_id: req.user.id, body: req.body.body });
  return res.status(201).json({ ok: true });
});

// day sheet for the practice manager
// expect: missing-rate-limit
router.get('/export.csv', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db('queue_entries').where({ clinic_id: req.user.clinic_id }).select('id', 'status', 'reason', 'checked_in_at', 'called_at');
  res.type('text/csv');
  res.send(['id,status,reason,checked_in_at,called_at', ...rows.map((r) => [r.id, r.status, r.reason, r.checked_in_at, r.called_at].join(','))].join('\n'));
});

module.exports = router;
