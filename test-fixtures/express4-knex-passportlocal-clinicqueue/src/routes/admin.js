const express = require('express');
const db = require('../db');

const router = express.Router();

// ok: missing-role-check
router.get('/users', async (req, res) => {
  // ok: unscoped-tenant-query
  res.json(await db('users').where('clinic_id', req.user.clinic_id).select('id', 'email', 'role'));
});

// ok: missing-role-check
router.delete('/users/:id', async (req, res) => {
  if (Number(req.params.id) === req.user.id) return res.status(400).json({ error: 'Cannot delete yourself' });
  // every user belongs to one clinic: a clinic admin may not delete another clinic's staff
  // expect: unscoped-tenant-query
  await db('users').where({ id: req.params.id }).del();
  res.status(204).end();
});

module.exports = router;
