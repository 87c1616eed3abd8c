const express = require('express');
const { celebrate, Joi, Segments } = require('celebrate');
const { User, Appointment } = require('../models');
const { requireAdmin } = require('../middleware/auth');
const { exportLimiter } = require('../middleware/limits');

// mounted at /api/admin behind requireLogin
const router = express.Router();

// ok: missing-role-check
router.get('/users', requireAdmin, async (req, res) => {
  // ok: unscoped-tenant-query
  const users = await User.find({ clinic: req.session.user.clinic }).select('email name role');
  res.json(users);
});

// ok: missing-role-check, missing-input-validation
router.patch('/users/:id/role', requireAdmin, celebrate({ [Segments.BODY]: Joi.object({ role: Joi.string().valid('admin', 'practitioner', 'reception').required() }) }), async (req, res) => {
  // ok: unscoped-tenant-query
  const user = await User.findOneAndUpdate({ _id: req.params.id, clinic: req.session.user.clinic }, { role: req.body.role }, { new: true });
  if (!user) return res.sendStatus(404);
  res.json({ id: user._id, role: user.role });
});

// expect: missing-role-check
router.delete('/users/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const removed = await User.findOneAndDelete({ _id: req.params.id, clinic: req.session.user.clinic });
  if (!removed) return res.sendStatus(404);
  res.sendStatus(204);
});

// ok: missing-role-check, missing-rate-limit
router.get('/export/appointments.csv', requireAdmin, exportLimiter, async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await Appointment.find({ clinic: req.session.user.clinic }).populate('patient', 'firstName lastName').lean();
  res.type('text/csv').send(['when,patient,status', ...rows.map((a) => `${a.startsAt.toISOString()},${a.patient.firstName} ${a.patient.lastName},${a.status}`)].join('\n'));
});

module.exports = router;
