const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const cors = require('cors');
const helmet = require('helmet');
const morgan = require('morgan');
const { errors: celebrateErrors } = require('celebrate');
const config = require('./config');
const passport = require('./auth/passport');
const logger = require('./utils/logger');
const { sequelize } = require('./models');
const routes = require('./routes');

const app = express();

const redisClient = createClient({ url: config.redisUrl });
redisClient.connect().catch((err) => logger.error('redis connection failed', { message: err.message }));

app.set('trust proxy', 1);
app.use(helmet());
app.use(morgan(config.isProd ? 'combined' : 'dev'));

app.use(
  cors({
    // the SPA plus every clinic's booking page on our domain
    // expect: cors-wildcard
    origin: [...config.corsOrigins, /vetportal\.io$/],
    credentials: true,
  }),
);

// keep the raw bytes around for webhook signature checks
app.use(express.json({ limit: '1mb', verify: (req, _res, buf) => { req.rawBody = buf; } }));
app.use(express.urlencoded({ extended: false }));

// ok: insecure-cookie
app.use(session({
  store: new RedisStore({ client: redisClient, prefix: 'vetportal:sess:' }),
  name: 'vp.sid',
  secret: config.sessionSecret,
  resave: false,
  saveUninitialized: false,
  rolling: true,
  cookie: { httpOnly: true, secure: config.isProd, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 },
}));
app.use(passport.initialize());
app.use(passport.session());

// ok: missing-auth
app.get('/healthz', async (req, res) => {
  await sequelize.authenticate();
  res.json({ status: 'ok' });
});

app.use('/api', routes);

app.use((req, res) => res.status(404).json({ error: 'Not found' }));

app.use(celebrateErrors());

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  const status = err.status || err.statusCode || 500;
  if (status >= 500) logger.error('request failed', { message: err.message, stack: err.stack, path: req.path });
  // ok: error-details-leak
  res.status(status).json({ error: err.expose ? err.message : 'Something went wrong' });
});

module.exports = app;
