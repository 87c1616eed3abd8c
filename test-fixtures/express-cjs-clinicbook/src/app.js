const express = require('express');
const helmet = require('helmet');
const cors = require('cors');
const morgan = require('morgan');
const cookieParser = require('cookie-parser');
const session = require('express-session');
const cookieSession = require('cookie-session');
const MongoStore = require('connect-mongo');
const passport = require('passport');
const { errors: celebrateErrors } = require('celebrate');

const config = require('./config');
const configurePassport = require('./config/passport');
const errorHandler = require('./middleware/errorHandler');
const logger = require('./lib/logger');
const registerRoutes = require('./routes');

configurePassport(passport);

const app = express();
app.set('trust proxy', 1);
app.use(helmet());
app.use(morgan('combined'));

app.use(
  cors({
    // ok: cors-wildcard
    origin: config.corsOrigins,
    credentials: true,
  }),
);

// Stripe and the labs sign the raw body, so webhooks are mounted before the JSON parser
app.use('/webhooks', require('./routes/webhooks.routes'));

app.use(express.json({ limit: '1mb' }));
app.use(express.urlencoded({ extended: false }));
app.use(cookieParser());

// the embeddable "book again" widget keeps the visitor's last clinic in a small cookie
app.use(
  '/widget',
  cors({
    // expect: cors-wildcard
    origin: (origin, callback) => callback(null, origin),
    credentials: true,
  }),
  // expect: insecure-cookie
  cookieSession({ name: 'widget', keys: [config.sessionSecret], maxAge: 30 * 864e5 }),
  require('./routes/widget.routes'),
);

app.use(
  // ok: insecure-cookie
  session({
    name: 'cb.sid',
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    store: MongoStore.create({ mongoUrl: config.mongoUrl }),
    cookie: { httpOnly: true, secure: config.isProd, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 },
  }),
);
app.use(passport.initialize());
app.use(passport.session());

app.use((req, res, next) => {
  // expect: token-logging
  logger.debug('incoming request', { method: req.method, url: req.originalUrl, headers: req.headers });
  next();
});

registerRoutes(app);

app.use(celebrateErrors());
app.use(errorHandler);

module.exports = app;
