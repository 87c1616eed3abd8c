const express = require('express');
const helmet = require('helmet');
const cors = require('cors');
const mongoose = require('mongoose');
const morgan = require('morgan');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const config = require('./lib/config');
const { requireLogin } = require('./middleware/auth');

const app = express();
app.set('trust proxy', 1);
app.use(helmet());
// expect: token-logging
app.use(morgan(':remote-addr :method :url :status :req[authorization] :response-time ms'));
// ok: cors-wildcard
app.use(cors({ origin: config.allowedOrigins, credentials: true }));

// webhooks need the raw body: mounted before express.json()
app.use('/webhooks', require('./routes/webhooks'));

app.use(express.json({ limit: '1mb' }));

app.use((req, res, next) => {
  // expect: token-logging
  console.debug(`${req.method} ${req.originalUrl}`, req.headers);
  next();
});

app.use(
  // expect: insecure-cookie
  session({
    name: 'physio.sid',
    // expect: hardcoded-secret
    secret: config.sessionSecret || 'physio-dev-session-secret',
    resave: false,
    saveUninitialized: false,
    store: MongoStore.create({ mongoUrl: config.mongoUrl, ttl: 14 * 24 * 3600 }),
    cookie: { httpOnly: true, secure: false, sameSite: 'lax', maxAge: 14 * 24 * 3600 * 1000 },
  }),
);

// ok: missing-auth
app.get('/health', (req, res) => res.json({ ok: mongoose.connection.readyState === 1 }));

app.use('/auth', require('./routes/auth'));
app.use('/api/partners', require('./routes/partners'));
app.use('/api/appointments', requireLogin, require('./routes/appointments'));
app.use('/api/patients', require('./routes/patients'));
app.use('/api/admin', requireLogin, require('./routes/admin'));
app.use('/api/invoices', require('./routes/invoices'));
app.use('/api/practitioners', require('./routes/practitioners'));
app.use('/api/billing', require('./routes/invoicing'));
app.use('/api/recalls', require('./routes/recalls'));
app.use('/api/clinics/:clinicId/rooms', require('./routes/rooms'));
app.use('/api/shared', require('./routes/shared'));
app.use('/kiosk', require('./routes/kiosk'));
app.use('/patient', require('./routes/magic'));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  if (err.joi) return res.status(400).json({ error: err.joi.message });
  console.error(err);
  // expect: error-details-leak
  res.status(err.status || 500).json({ error: err.message, stack: err.stack });
});

mongoose.connect(config.mongoUrl).then(() => {
  app.listen(config.port, () => console.log(`physiobook listening on ${config.port}`));
});

module.exports = app;
