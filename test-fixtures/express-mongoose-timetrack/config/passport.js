'use strict';

const passport = require('passport');
const LocalStrategy = require('passport-local').Strategy;
const User = require('../models/User');

passport.use(
  new LocalStrategy({ usernameField: 'email', passwordField: 'password' }, async (email, password, done) => {
    try {
      if (typeof email !== 'string' || typeof password !== 'string') {
        return done(null, false, { message: 'Invalid email or password' });
      }

      const user = await User.findOne({ email: email.toLowerCase() }).select('+passwordHash');
      if (!user || !(await user.verifyPassword(password))) {
        // expect: token-logging
        console.log(`Failed login for ${email} (password: ${password})`);
        return done(null, false, { message: 'Invalid email or password' });
      }

      return done(null, user);
    } catch (err) {
      return done(err);
    }
  })
);

passport.serializeUser((user, done) => done(null, user.id));

passport.deserializeUser(async (id, done) => {
  try {
    // ok: unscoped-tenant-query
    const user = await User.findById(id);
    return done(null, user || false);
  } catch (err) {
    return done(err);
  }
});

module.exports = passport;
