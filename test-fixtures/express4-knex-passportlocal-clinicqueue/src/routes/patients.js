const express = require('express');
const { body, validationResult } = require('express-validator');
const db = require('../db');
const { requireRole } = require('../middleware/auth');

const router = express.Router();

const clinicOf = (req) => req.user.clinic_id;

// ok: missing-auth
router.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db('patients').where({ clinic_id: clinicOf(req) }).orderBy('last_name');
  res.json(rows);
});

router.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const patient = await db('patients').where({ id: req.params.id }).first();
  if (!patient) return res.status(404).json({ error: 'Not found' });
  return res.json(patient);
});

const patientRules = [
  body('first_name').isString().trim().isLength({ min: 1, max: 80 }),
  body('last_name').isString().trim().isLength({ min: 1, max: 80 }),
  body('dob').isISO8601(),
  body('phone').optional().isMobilePhone(),
];

// ok: missing-input-validation
router.post('/', patientRules, async (req, res) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(422).json({ errors: errors.array() });
  const { first_name, last_name, dob, phone } = req.body;
  const [row] = await db('patients').insert({ clinic_id: clinicOf(req), first_name, last_name, dob, phone }).returning('*');
  return res.status(201).json(row);
});

// expect: missing-input-validation
router.put('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const count = await db('patients').where({ id: req.params.id, clinic_id: clinicOf(req) }).update(req.body);
  if (!count) return res.status(404).json({ error: 'Not found' });
  return res.json({ ok: true });
});

// ok: missing-role-check
router.delete('/:id', requireRole('admin', 'doctor'), async (req, res) => {
  // ok: unscoped-tenant-query
  await db('patients').where('id', req.params.id).andWhere('clinic_id', req.user.clinic_id).del();
  res.status(204).end();
});

module.exports = router;
