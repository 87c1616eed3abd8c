const express = require('express');
const db = require('../db');

const router = express.Router();
const ROLES = ['staff', 'doctor', 'admin'];

// ok: missing-auth
router.get('/staff', async (req, res) => {
  // ok: unscoped-tenant-query
  const staff = await db('users').where({ clinic_id: req.user.clinic_id }).select('id', 'email', 'role');
  res.json(staff);
});

// any signed-in staff member can promote a colleague (or themselves) to admin
// expect: missing-role-check
router.put('/staff/:userId/role', async (req, res) => {
  if (!ROLES.includes(req.body.role)) return res.status(400).json({ error: 'Unknown role' });
  // ok: unscoped-tenant-query
  const count = await db('users').where({ id: req.params.userId, clinic_id: req.user.clinic_id }).update({ role: req.body.role });
  if (!count) return res.status(404).json({ error: 'Not found' });
  return res.json({ ok: true });
});

module.exports = router;
