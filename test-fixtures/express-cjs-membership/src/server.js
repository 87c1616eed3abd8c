const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const cookieParser = require('cookie-parser');
const cors = require('cors');
const config = require('./config');
const { logger } = require('./lib/logger');
const { requestLog } = require('./middleware/requestLog');

const redisClient = createClient({ url: config.redisUrl });
redisClient.connect().catch((err) => logger.error('redis connect failed', { err: err.message }));

const app = express();
app.set('trust proxy', 1);

app.use(
  cors({
    // ok: cors-wildcard
    origin(origin, callback) {
      if (!origin || config.allowedOrigins.indexOf(origin) !== -1) return callback(null, true);
      return callback(new Error('Not allowed by CORS'));
    },
    credentials: true,
  }),
);

// webhooks need the raw body: mounted before the JSON parser
app.use('/webhooks', require('./routes/webhooks'));

app.use(express.json({ limit: '100kb' }));
app.use(cookieParser(config.cookieSecret));
app.use(
  // ok: insecure-cookie
  session({
    store: new RedisStore({ client: redisClient, prefix: 'ironworks:' }),
    name: 'ironworks.sid',
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: config.env === 'production', sameSite: 'lax', maxAge: 8 * 3600 * 1000 },
  }),
);
app.use(requestLog);

app.use('/api/auth', require('./routes/auth'));
app.use('/api/members', require('./routes/members'));
app.use('/api/frontdesk', require('./routes/frontdesk'));

app.get('/healthz', (req, res) => res.json({ ok: true }));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  logger.error('unhandled error', { message: err.message, stack: err.stack, path: req.path });
  const status = err.status || 500;
  res.status(status).json({
    // ok: error-details-leak
    error: status >= 500 ? 'Internal server error' : err.message,
    // ok: error-details-leak
    ...(config.env === 'development' && { stack: err.stack }),
  });
});

app.listen(config.port, () => logger.info(`ironworks api on ${config.port}`));

module.exports = app;
