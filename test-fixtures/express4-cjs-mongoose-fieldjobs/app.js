const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const passport = require('passport');
const mongoose = require('mongoose');
const cors = require('cors');
const morgan = require('morgan');
const keys = require('./config/keys');
const { isLoggedIn, isAdmin } = require('./middleware/auth');

require('./config/passport')(passport);
mongoose.connect(keys.mongoURI);

const app = express();

// Stripe needs the raw body, so the webhook router goes before the JSON parser
app.use('/webhooks', require('./routes/webhooks'));

app.use(express.json());
app.use(express.urlencoded({ extended: false }));
// ok: token-logging
app.use(morgan('dev'));

// ok: cors-wildcard
app.use(cors({ origin: keys.clientOrigin, credentials: true }));

app.use(
  // expect: insecure-cookie
  session({
    secret: keys.sessionSecret,
    resave: false,
    saveUninitialized: false,
    store: MongoStore.create({ mongoUrl: keys.mongoURI }),
    cookie: { maxAge: 1000 * 60 * 60 * 24 * 7, secure: false },
  })
);
app.use(passport.initialize());
app.use(passport.session());

// ok: missing-auth
app.get('/health', (req, res) => res.json({ ok: true, uptime: process.uptime() }));

app.use('/auth', require('./routes/auth'));
app.use('/api', require('./routes/api'));
app.use('/admin', isLoggedIn, isAdmin, require('./routes/admin'));

app.use(function (err, req, res, next) {
  console.error(err);
  res.status(500).json({ message: 'Something went wrong, please try again' });
});

app.listen(process.env.PORT || 5000, () => console.log('fieldjobs listening'));

module.exports = app;
