const { body } = require('express-validator');
const appointments = require('../controllers/appointments.controller');
const { requireAuth } = require('../middleware/auth');
const kioskAuth = require('../middleware/kioskAuth');
const validate = require('../middleware/validate');

const createRules = [
  body('patientId').isMongoId(),
  body('doctorId').optional().isMongoId(),
  body('startsAt').isISO8601(),
  body('reason').optional().isString().isLength({ max: 500 }),
];

module.exports = function appointmentRoutes(app) {
  app.get('/api/appointments', requireAuth, appointments.list);
  // ok: missing-input-validation
  app.post('/api/appointments', requireAuth, createRules, validate, appointments.create);
  // no requireAuth here, but routes/index.js mounted `app.use('/api', apiLimiter, requireAuth, ...)`
  // before calling this function: every /api request reaching this route has passed requireAuth
  // ok: missing-auth
  app.get('/api/appointments/:id', appointments.show);
  // expect: missing-input-validation
  app.patch('/api/appointments/:id/status', requireAuth, appointments.updateStatus);
  app.post('/api/appointments/:id/cancel', requireAuth, appointments.cancel);
  // ok: missing-auth, missing-input-validation
  app.post('/api/kiosk/check-in', kioskAuth, appointments.checkIn);
};
