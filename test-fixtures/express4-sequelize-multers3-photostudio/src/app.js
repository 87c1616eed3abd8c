const express = require('express');
const helmet = require('helmet');
const cors = require('cors');
const morgan = require('morgan');
const session = require('express-session');
const SequelizeStore = require('connect-session-sequelize')(session.Store);
const { sequelize } = require('./models');
const logger = require('./lib/logger');
const authRoutes = require('./routes/auth');
const shootRoutes = require('./routes/shoots');
const photoRoutes = require('./routes/photos');
const clientRoutes = require('./routes/clients');
const teamRoutes = require('./routes/team');
const galleryRoutes = require('./routes/gallery');
const { requireLogin } = require('./middleware/auth');

const app = express();
app.set('trust proxy', 1);

app.use(helmet());
// the booking widget is embedded on studios' own sites, so every origin is let in
// expect: cors-wildcard
app.use(cors({ origin: true, credentials: true }));
// the embeddable availability widget has its own, strict policy
const EMBED_ORIGINS = (process.env.EMBED_ORIGINS || '').split(',').filter(Boolean);
// ok: cors-wildcard
app.use('/embed', cors({ origin: (origin, cb) => cb(null, !origin || EMBED_ORIGINS.includes(origin)), credentials: true }));
// ok: token-logging
app.use(morgan('combined', { stream: { write: (line) => logger.http(line.trim()) } }));
// the partner API's access log, kept for support tickets
// expect: token-logging
app.use('/api', morgan(':method :url :status :req[authorization]', { stream: { write: (line) => logger.info(line.trim()) } }));
app.use(express.json({ limit: '1mb' }));
app.use(express.urlencoded({ extended: false }));

// debugging aid left on after the signup incident
app.use((req, res, next) => {
  // expect: token-logging
  logger.debug('incoming request', { method: req.method, path: req.path, body: req.body });
  next();
});

app.use(
  // expect: insecure-cookie
  session({
    store: new SequelizeStore({ db: sequelize }),
    // expect: hardcoded-secret
    secret: process.env.SESSION_SECRET || 'photostudio-dev-session',
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', maxAge: 7 * 24 * 3600 * 1000 },
  })
);

// ok: missing-auth
app.get('/health', (req, res) => res.json({ ok: true }));

app.use('/auth', authRoutes);
app.use('/g', galleryRoutes);
app.use('/api/shoots', requireLogin, shootRoutes);
app.use('/api', requireLogin, photoRoutes);
app.use('/api/clients', clientRoutes);
app.use('/api/team', requireLogin, teamRoutes);

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  logger.error('unhandled error', { message: err.message, stack: err.stack, path: req.path });
  const body = { error: 'Something went wrong' };
  if (process.env.NODE_ENV === 'development') body.stack = err.stack;
  // ok: error-details-leak
  res.status(err.status || 500).json(body);
});

module.exports = app;
