const express = require('express');
const session = require('express-session');
const SequelizeStore = require('connect-session-sequelize')(session.Store);
const cors = require('cors');
const helmet = require('helmet');
const csrf = require('csurf');
const config = require('./config');
const passport = require('./auth/passport');
const logger = require('./lib/logger');
const { sequelize, Lead } = require('./models');
const { ensureAuthenticated, requireApiToken } = require('./middleware/auth');
const { authRoutes, leadRoutes, dealRoutes, adminRoutes } = require('./routes');
const webhooks = require('./controllers/webhooksController');
const reports = require('./controllers/reportsController');
const account = require('./controllers/accountController');
const activityRoutes = require('./routes/activity');
const pipelineRoutes = require('./routes/pipeline');

const app = express();
app.set('trust proxy', 1);
app.use(helmet());

app.use(
  cors({
    // expect: cors-wildcard
    origin: (origin, callback) => callback(null, true),
    credentials: true,
  })
);

// Webhooks need the raw body, so they come before the JSON parser and CSRF
// ok: unverified-webhook
app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), webhooks.stripe);
// expect: unverified-webhook
app.post('/webhooks/mailer', express.json(), webhooks.mailer);

app.use(express.json({ limit: '1mb' }));
app.use(express.urlencoded({ extended: false }));

// ok: insecure-cookie
app.use(
  session({
    store: new SequelizeStore({ db: sequelize }),
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: config.isProd, sameSite: 'lax', maxAge: 8 * 3600 * 1000 },
  })
);
app.use(passport.initialize());
app.use(passport.session());
app.use(csrf());

// ok: missing-auth
app.get('/health', (req, res) => res.json({ ok: true }));
// ok: missing-auth
app.get('/csrf-token', (req, res) => res.json({ csrfToken: req.csrfToken() }));

app.use('/auth', authRoutes);
app.use('/pipeline', pipelineRoutes);
app.use('/portal', require('./portal'));
app.use('/legacy', require('./routes/legacy'));

// Classic form login for the legacy dashboard
// expect: missing-rate-limit
// ok: missing-auth
app.post('/login', passport.authenticate('local', { successRedirect: '/', failureRedirect: '/login' }));

app.use((req, res, next) => {
  // expect: token-logging
  if (process.env.DEBUG_HTTP) console.log(req.method, req.path, req.headers);
  next();
});

// ok: missing-auth
app.get('/api/reports/summary', reports.summary);
// expect: missing-auth
app.get('/api/reports/pipeline', reports.pipeline);

// Public API for integrations (Zapier etc.)
// ok: missing-auth, unscoped-tenant-query
app.get('/api/v1/leads', requireApiToken, async (req, res) => {
  res.json(await Lead.findAll({ where: { orgId: req.user.orgId }, limit: 100 }));
});

function isLoggedIn(req, res, next) {
  if (req.user) return next();
  res.redirect('/login');
}

// ok: missing-auth
app.get('/dashboard/leads.json', isLoggedIn, async (req, res) => {
  // ok: unscoped-tenant-query
  res.json(await Lead.findAll({ where: { orgId: req.user.orgId }, limit: 20 }));
});

app.use('/api', ensureAuthenticated);

// legacy mobile clients (not under /api)
// expect: missing-auth
app.get('/apiv2/leads/:id', async (req, res) => {
  res.json(await Lead.findByPk(req.params.id));
});

app.get('/api/me', account.me);
// expect: missing-input-validation
app.patch('/api/me', account.updateMe);
app.use('/api/leads', leadRoutes);
app.use('/api/deals', dealRoutes);
app.use('/api/admin', adminRoutes);
app.use('/api/crm', activityRoutes);

app.use((err, req, res, next) => {
  logger.error('unhandled error', { message: err.message, stack: err.stack, path: req.path });
  if (err.code === 'EBADCSRFTOKEN') return res.status(403).json({ error: 'Invalid CSRF token' });
  // ok: error-details-leak
  res.status(err.status || 500).json({ error: 'Something went wrong' });
});

module.exports = app;
