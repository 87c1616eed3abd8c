const passport = require('passport');
const LocalStrategy = require('passport-local').Strategy;
const bcrypt = require('bcryptjs');
const db = require('../db');

passport.use(
  new LocalStrategy({ usernameField: 'email' }, async (email, password, done) => {
    try {
      const user = await db('users').where({ email: email.toLowerCase() }).first();
      if (!user || !(await bcrypt.compare(password, user.password_hash))) return done(null, false);
      return done(null, user);
    } catch (err) {
      return done(err);
    }
  })
);

passport.serializeUser((user, done) => done(null, user.id));
passport.deserializeUser(async (id, done) => {
  try {
    const user = await db('users').select('id', 'email', 'role', 'clinic_id').where({ id }).first();
    done(null, user || false);
  } catch (err) {
    done(err);
  }
});

module.exports = passport;
