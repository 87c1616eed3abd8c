const express = require('express');
const { celebrate, Joi, Segments } = require('celebrate');
const { User, Appointment, Invoice } = require('../models');
const { requireLogin } = require('../middleware/auth');

// practitioner calendars; every route here needs a signed-in staff member
const router = express.Router();
router.use(requireLogin);

function requireRole(...roles) {
  return (req, res, next) => {
    if (!roles.includes(req.session.user.role)) return res.status(403).json({ error: 'Not allowed' });
    next();
  };
}

router.param('practitionerId', async (req, res, next, id) => {
  try {
    // ok: unscoped-tenant-query
    const practitioner = await User.findOne({ _id: id, clinic: req.session.user.clinic, role: 'practitioner' });
    if (!practitioner) return res.sendStatus(404);
    req.practitioner = practitioner;
    next();
  } catch (err) {
    next(err);
  }
});

router
  .route('/:practitionerId/appointments')
  .get(async (req, res) => {
    // ok: unscoped-tenant-query
    const rows = await Appointment.find({ practitioner: req.practitioner._id, clinic: req.session.user.clinic }).sort({ startsAt: 1 });
    res.json(rows);
  })
  // ok: missing-role-check
  .delete(requireRole('admin'), async (req, res) => {
    // ok: unscoped-tenant-query
    await Appointment.deleteMany({ practitioner: req.practitioner._id, clinic: req.session.user.clinic, status: 'booked' });
    res.sendStatus(204);
  });

router.get('/search/invoices', async (req, res) => {
  // expect: unscoped-tenant-query
  const invoices = await Invoice.find({ clinic: req.session.user.clinic, ...req.query }).limit(100);
  res.json(invoices);
});

router.get('/search/appointments', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await Appointment.find({ ...req.query, clinic: req.session.user.clinic }).limit(100);
  res.json(rows);
});

const moveSchema = Joi.object({ startsAt: Joi.date().iso().required(), durationMin: Joi.number().integer().min(15).max(120) });

// ok: missing-input-validation
router.patch('/appointments/:id/move', celebrate({ [Segments.BODY]: moveSchema }), async (req, res) => {
  try {
    // expect: unscoped-tenant-query
    const appt = await Appointment.findOneAndUpdate({ _id: req.params.id }, { $set: req.body }, { new: true });
    res.json(appt);
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: err });
  }
});

router.get('/me/session', (req, res) => {
  // expect: token-logging
  console.log('session debug', req.session);
  res.json({ user: req.session.user });
});

module.exports = router;
