var express = require('express');
var path = require('path');
var helmet = require('helmet');
var morgan = require('morgan');
var cors = require('cors');
var cookieParser = require('cookie-parser');
var session = require('express-session');
var MongoStore = require('connect-mongo');
var config = require('./config');
var { ensureLoggedIn } = require('./middleware/auth');

var authRoutes = require('./routes/auth');
var courseRoutes = require('./routes/courses');
var assignmentRoutes = require('./routes/assignments');
var submissionRoutes = require('./routes/submissions');
var userRoutes = require('./routes/users');
var adminRoutes = require('./routes/admin');
var apiRoutes = require('./routes/api');

var app = express();

app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'ejs');
app.set('trust proxy', 1);

app.use(helmet());
app.use(morgan('combined'));
app.use(express.json({ limit: '1mb' }));
app.use(express.urlencoded({ extended: false }));
app.use(cookieParser());

var corsOptions = {
  origin: function (origin, callback) {
    // expect: cors-wildcard
    if (!origin || origin.endsWith('schoolhub.example')) return callback(null, true);
    callback(new Error('Not allowed by CORS'));
  },
  credentials: true,
};
app.use('/api', cors(corsOptions));

app.use(
  // ok: insecure-cookie
  session({
    name: 'schoolhub.sid',
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    store: MongoStore.create({ mongoUrl: config.mongoUrl, ttl: 14 * 24 * 3600 }),
    cookie: { httpOnly: true, secure: config.isProd, sameSite: 'lax', maxAge: 14 * 24 * 3600 * 1000 },
  }),
);

// ok: missing-auth
app.get('/healthz', function (req, res) {
  res.json({ ok: true });
});

app.use('/', authRoutes);
app.use('/api/v1', apiRoutes);
app.use('/courses', courseRoutes);
app.use('/', ensureLoggedIn, assignmentRoutes);
app.use('/', ensureLoggedIn, submissionRoutes);
app.use('/users', ensureLoggedIn, userRoutes);
app.use('/admin', ensureLoggedIn, adminRoutes);

app.use(function (req, res) {
  res.status(404).render('error', { message: 'Page not found' });
});

// eslint-disable-next-line no-unused-vars
app.use(function (err, req, res, next) {
  console.error(err);
  // expect: error-details-leak
  res.status(err.status || 500).json({ message: err.message, stack: err.stack });
});

module.exports = app;
