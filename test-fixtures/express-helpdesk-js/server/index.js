const express = require('express');
const session = require('express-session');
const passport = require('passport');
const helmet = require('helmet');
const cors = require('cors');
const { ensureLoggedIn } = require('./middleware/auth');
const db = require('./lib/db');

const app = express();
app.use(helmet());
app.use(express.json());

const corsOptions = {
  origin(origin, callback) {
    // expect: cors-wildcard
    if (!origin || origin.endsWith('helpdesk.io')) return callback(null, true);
    callback(new Error('Not allowed by CORS'));
  },
  credentials: true,
};
app.use('/api', cors(corsOptions));

// expect: insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
// the API's own settings share the HELPDESK_ names; only the client's are bundled
// ok: public-env-secret
app.locals.smtpPassword = process.env.HELPDESK_SMTP_PASSWORD;
app.use(passport.initialize());
app.use(passport.session());

app.use('/public', require('./routes/public'));
app.use('/widget', require('./routes/widget'));
app.use('/partners', require('./routes/partners'));
// ok: cors-wildcard
app.options('*', cors({ origin: ['https://app.helpdesk.io'], credentials: true }));
app.use('/auth', require('./routes/auth'));
app.use('/api/reports', require('./routes/reports'));

// ok: missing-auth
app.get('/api/ping', (req, res) => res.send('pong'));

app.use('/api/tickets', ensureLoggedIn, require('./routes/tickets'));
app.use('/api/admin', ensureLoggedIn, require('./routes/admin'));
app.use('/internal', ensureLoggedIn, require('./routes/internal'));

// ensureLoggedIn above runs for every /api/tickets/* request, including this one
// ok: missing-auth
app.post('/api/tickets/:id/reopen', async (req, res) => {
  // expect: unscoped-tenant-query
  await db.query("UPDATE tickets SET status = 'open' WHERE id = $1", [req.params.id]);
  res.sendStatus(204);
});

// expect: missing-auth
app.get('/api/orgs/:orgId/tickets', async (req, res) => {
  const { rows } = await db.query('SELECT * FROM tickets WHERE org_id = $1', [req.params.orgId]);
  res.json(rows);
});

app.use((err, req, res, next) => {
  // expect: token-logging
  console.error('unhandled error', err, req.headers);
  res.status(500).json({ error: 'internal error' });
});

module.exports = app;
