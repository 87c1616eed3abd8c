const express = require('express');
const db = require('../db');
const { requireKioskKey } = require('../middleware/kiosk');

const router = express.Router();
router.use(requireKioskKey);

// ok: missing-auth
// expect: missing-input-validation
router.post('/checkin', async (req, res) => {
  // ok: unscoped-tenant-query
  const patient = await db('patients')
    .where({ clinic_id: req.kiosk.clinic_id, last_name: req.body.lastName, dob: req.body.dob })
    .first();
  if (!patient) return res.status(404).json({ error: 'We could not find you, please see reception' });
  const [entry] = await db('queue_entries')
    .insert({ clinic_id: req.kiosk.clinic_id, patient_id: patient.id, reason: req.body.reason })
    .returning(['id', 'checked_in_at']);
  return res.status(201).json({ ticket: entry.id });
});

module.exports = router;
