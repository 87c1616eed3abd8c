const express = require('express');
const cors = require('cors');
const db = require('../db');
const { requireStaff, requirePartner, requireKiosk } = require('../middleware/auth');

const router = express.Router();

// The booking widget is embedded on partner gyms' sites and calls us with the member's cookie.
const widgetCors = cors({
  // expect: cors-wildcard
  origin: (origin, callback) => callback(null, true),
  credentials: true,
});

router.get('/widget/classes', widgetCors, requirePartner, async (req, res) => {
  const { rows } = await db.query('SELECT id, title, starts_at FROM classes WHERE gym_id = $1', [req.partner.gym]);
  res.json(rows);
});

// (requireStaff only decodes the staff token: anyone can write role: 'staff' into one)
// expect: missing-input-validation, missing-auth
router.post('/checkins', requireStaff, async (req, res) => {
  try {
    await db.query('INSERT INTO checkins (member_id, gym_id, at) VALUES ($1, $2, now())', [req.body.memberId, req.staff.gym]);
    res.status(201).json({ ok: true });
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: err.toString() });
  }
});

// expect: missing-input-validation
router.post('/kiosk/checkins', requireKiosk, async (req, res) => {
  await db.query('INSERT INTO checkins (member_id, gym_id, at) VALUES ($1, $2, now())', [req.body.memberId, req.kiosk.gym]);
  res.status(201).json({ ok: true });
});

module.exports = router;
