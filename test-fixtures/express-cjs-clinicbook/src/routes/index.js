const { requireAuth } = require('../middleware/auth');
const { apiLimiter } = require('../middleware/rateLimit');
const appointments = require('../controllers/appointments.controller');

// Mounts every API router on the app; called from app.js after the body parsers.
module.exports = (app) => {
  app.get('/api/health', (req, res) => res.json({ status: 'ok', uptime: process.uptime() }));

  app.use('/api/auth', require('./auth.routes'));
  // expect: missing-auth
  app.get('/api/clinics/:clinicId/calendar.ics', appointments.calendarFeed);
  app.use('/api/patients', requireAuth, require('./patients.routes'));
  app.use('/api/staff', requireAuth, require('./staff.routes'));
  app.use('/api', apiLimiter, requireAuth, require('./documents.routes'));
  require('./appointments.routes')(app);
};
