'use strict';

const express = require('express');
const helmet = require('helmet');
const cors = require('cors');
const cookieParser = require('cookie-parser');
const morgan = require('morgan');
const { errors } = require('celebrate');

const config = require('./config');
const logger = require('./lib/logger');
const { requireAuth, requireRole } = require('./middleware/auth');

const webhookRoutes = require('./routes/webhooks');
const authRoutes = require('./routes/auth');
const portalRoutes = require('./routes/portal');
const publicRoutes = require('./routes/public');
const patientRoutes = require('./routes/patients');
const appointmentRoutes = require('./routes/appointments');
const invoiceRoutes = require('./routes/invoices');
const documentRoutes = require('./routes/documents');
const staffRoutes = require('./routes/staff');
const adminRoutes = require('./routes/admin');
const platformRoutes = require('./routes/platform');
const reportRoutes = require('./routes/reports');
const waitlistRoutes = require('./routes/waitlist');
const prescriptionRoutes = require('./routes/prescriptions');
const labRoutes = require('./routes/labs');
const billingRoutes = require('./routes/billing');

const app = express();

app.set('trust proxy', 1);
app.use(helmet());
// expect: token-logging
app.use(morgan(':remote-addr :method :url :status :req[authorization]'));
app.use(
  cors({
    // ok: cors-wildcard
    origin: config.allowedOrigins,
    credentials: true,
  }),
);

app.use((req, res, next) => {
  // ok: token-logging
  logger.debug({ method: req.method, url: req.originalUrl, headers: req.headers }, 'incoming request');
  next();
});

// Stripe needs the raw body, so the webhooks are mounted before the JSON parser.
app.use('/api/webhooks', webhookRoutes);

app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());

// ok: missing-auth
app.get('/api/health', (req, res) => res.json({ ok: true }));

app.use('/api/auth', authRoutes);
app.use(
  '/api/portal',
  cors({
    // expect: cors-wildcard
    origin: /clinicbook\.io/,
    credentials: true,
  }),
  portalRoutes,
);
// ok: cors-wildcard
app.use('/api/public', cors({ origin: '*' }), publicRoutes);

app.use('/api/patients', requireAuth, patientRoutes);
app.use('/api/appointments', requireAuth, appointmentRoutes);
app.use('/api/invoices', requireAuth, invoiceRoutes);
app.use('/api/documents', documentRoutes);
app.use('/api/staff', requireAuth, staffRoutes);
app.use('/api/admin', requireAuth, adminRoutes);
app.use('/api/platform', requireAuth, requireRole('superadmin'), platformRoutes);
app.use('/api/reports', requireAuth, reportRoutes);
app.use('/api/waitlist', waitlistRoutes);
app.use('/api/prescriptions', requireAuth, prescriptionRoutes);
app.use('/api/billing', requireAuth, billingRoutes);
app.use('/api/labs', [requireAuth, requireRole('owner', 'manager', 'practitioner', 'receptionist')], labRoutes);

app.use(errors());

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  const status = err.status || err.statusCode || 500;
  logger.error({ err, path: req.originalUrl }, 'request failed');
  const body = { error: status >= 500 ? 'Internal server error' : err.message };
  if (!config.isProd) body.stack = err.stack;
  // ok: error-details-leak
  res.status(status).json(body);
});

module.exports = app;
