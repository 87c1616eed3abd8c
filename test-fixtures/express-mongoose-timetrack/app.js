'use strict';

const express = require('express');
const helmet = require('helmet');
const cookieParser = require('cookie-parser');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const mongoose = require('mongoose');
const passport = require('passport');

require('./config/passport');

const isAuthenticated = require('./middleware/isAuthenticated');
const authRoutes = require('./routes/auth');
const invoiceRoutes = require('./routes/invoices');
const timeEntryRoutes = require('./routes/timeEntries');
const projectRoutes = require('./routes/projects');
const tagRoutes = require('./routes/tags');
const adminRoutes = require('./routes/admin');

const { MONGODB_URI, SESSION_SECRET, PORT = 3000 } = process.env;
if (!MONGODB_URI || !SESSION_SECRET) {
  throw new Error('MONGODB_URI and SESSION_SECRET must be set');
}

const SESSION_TTL_SECONDS = 14 * 24 * 60 * 60;

const app = express();

// Behind the load balancer; needed for req.ip (rate limiting) and secure cookies.
app.set('trust proxy', 1);

app.use(helmet());

if (process.env.DEBUG_REQUESTS === 'true') {
  app.use((req, res, next) => {
    // expect: token-logging
    console.log(`[debug] ${req.method} ${req.originalUrl} cookie=${req.headers.cookie}`);
    next();
  });
}

app.use(express.json({ limit: '100kb' }));
app.use(cookieParser());

// expect: insecure-cookie
app.use(session({
  name: 'tt.sid',
  secret: SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  store: MongoStore.create({ mongoUrl: MONGODB_URI, ttl: SESSION_TTL_SECONDS }),
  cookie: { httpOnly: true, maxAge: SESSION_TTL_SECONDS * 1000 },
}));

app.use(passport.initialize());
app.use(passport.session());

// ok: missing-auth
app.get('/health', (req, res) => res.json({ status: 'ok' }));

// Routers that handle their own authentication.
app.use('/api/auth', authRoutes);
app.use('/api/invoices', invoiceRoutes);
app.use('/api/time-entries', timeEntryRoutes);

// Everything registered below requires a logged-in user.
app.use(isAuthenticated);

app.use('/api/projects', projectRoutes);
app.use('/api/tags', tagRoutes);
app.use('/api/admin', adminRoutes);

app.use((req, res) => res.status(404).json({ error: 'Not found' }));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  if (err.type === 'entity.parse.failed') return res.status(400).json({ error: 'Malformed JSON body' });
  if (err.name === 'CastError') return res.status(400).json({ error: 'Invalid identifier' });
  if (err.name === 'ValidationError') return res.status(400).json({ error: 'Validation failed' });
  if (err.name === 'MulterError') return res.status(400).json({ error: 'Invalid upload', code: err.code });
  if (err.code === 11000) return res.status(409).json({ error: 'A record with that value already exists' });

  console.error(err);
  // ok: error-details-leak
  return res.status(500).json({ error: 'Internal server error' });
});

if (require.main === module) {
  mongoose
    .connect(MONGODB_URI)
    .then(() => {
      // ok: token-logging
      app.listen(PORT, () => console.log(`Time tracker API listening on port ${PORT}`));
    })
    .catch((err) => {
      console.error('Failed to connect to MongoDB', err);
      process.exit(1);
    });
}

module.exports = app;
