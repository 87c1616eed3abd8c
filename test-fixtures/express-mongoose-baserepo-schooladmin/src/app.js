'use strict';
const express = require('express');
const cors = require('cors');
const config = require('./lib/config');
const { passport } = require('./auth/passport');
const logger = require('./lib/logger');

const app = express();

// ok: cors-wildcard
app.use(cors({ origin: config.allowedOrigins, credentials: true }));
app.use('/webhooks', require('./routes/webhooks'));
app.use(express.json({ limit: '200kb' }));
app.use(passport.initialize());

app.get('/health', (_req, res) => res.json({ status: 'ok' }));
app.use('/auth', require('./routes/auth'));
app.use('/students', require('./routes/students'));
app.use('/assessments', require('./routes/assessments'));
app.use('/uploads', require('./routes/uploads'));
app.use('/admin', require('./routes/admin'));
app.use('/reports', require('./routes/reports'));

app.use((err, req, res, _next) => {
  logger.error('unhandled', { message: err.message, path: req.path });
  // ok: error-details-leak
  res.status(500).json({ error: 'internal error' });
});

module.exports = app;
