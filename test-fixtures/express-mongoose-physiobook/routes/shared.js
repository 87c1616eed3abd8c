const express = require('express');
const { Patient } = require('../models');
const { requireLogin } = require('../middleware/auth');

// patients a partner clinic shares with this one (physio + sports medicine referrals)
const router = express.Router();
router.use(requireLogin);

router.get('/patients', async (req, res) => {
  const clinic = req.query.clinic || req.session.user.clinic;
  // expect: unscoped-tenant-query
  const rows = await Patient.find({ clinic }).select('firstName lastName');
  res.json(rows);
});

router.get('/referrals', async (req, res) => {
  // expect: unscoped-tenant-query
  const rows = await Patient.find({ $or: [{ clinic: req.session.user.clinic }, { referredBy: req.query.partner }] }).select('firstName lastName');
  res.json(rows);
});

router.post('/handoff', (req, res) => {
  const token = require('crypto').randomBytes(24).toString('hex');
  // expect: insecure-cookie
  res.cookie('handoff_token', token, { httpOnly: true, secure: true, sameSite: 'none', maxAge: 5 * 60 * 1000 });
  res.json({ ok: true });
});

module.exports = router;
