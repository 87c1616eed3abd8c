require('dotenv').config();
const express = require('express');
const session = require('express-session');
const KnexSessionStore = require('connect-session-knex')(session);
const cors = require('cors');
const morgan = require('morgan');
const { ensureLoggedIn } = require('connect-ensure-login');
const passport = require('./auth/passport');
const db = require('./db');
const logger = require('./lib/logger');
const { ensureAuthenticated, requireRole } = require('./middleware/auth');

const app = express();

app.set('trust proxy', 1);
// ok: token-logging
app.use(morgan('combined'));
// ok: cors-wildcard
app.use(cors({ origin: (process.env.CORS_ORIGINS || '').split(','), credentials: true }));
app.use(express.json({ limit: '100kb' }));
app.use(express.urlencoded({ extended: false }));

// expect: insecure-cookie
app.use(session({
  store: new KnexSessionStore({ knex: db, tablename: 'sessions' }),
  // expect: hardcoded-secret
  secret: process.env.SESSION_SECRET || 'clinicq-dev-session',
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: false, maxAge: 8 * 60 * 60 * 1000 },
}));
app.use(passport.initialize());
app.use(passport.session());

// ok: missing-auth
app.get('/health', (req, res) => res.json({ ok: true }));

app.use('/auth', require('./routes/auth'));
app.use('/api/kiosk', require('./routes/kiosk'));
app.use('/api/patients', ensureLoggedIn('/login'), require('./routes/patients'));
app.use('/api/queue', ensureAuthenticated, require('./routes/queue'));
app.use('/api/settings', ensureAuthenticated, require('./routes/settings'));
app.use('/api/admin', ensureAuthenticated, requireRole('admin'), require('./routes/admin'));
app.use('/api/reports', require('./routes/reports'));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  // expect: token-logging
  logger.error('request failed', { path: req.path, body: req.body, message: err.message });
  // expect: error-details-leak
  res.status(err.status || 500).json({ error: err.message, stack: err.stack });
});

module.exports = app;
