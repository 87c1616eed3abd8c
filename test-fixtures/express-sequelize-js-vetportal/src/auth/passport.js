const passport = require('passport');
const { Strategy: LocalStrategy } = require('passport-local');
const bcrypt = require('bcryptjs');
const { User } = require('../models');

const LOCK_AFTER = 8;

passport.use(
  new LocalStrategy({ usernameField: 'email' }, async (email, password, done) => {
    try {
      // ok: unscoped-tenant-query
      const user = await User.scope('withPassword').findOne({ where: { email: email.toLowerCase() } });
      if (!user) return done(null, false, { message: 'Invalid email or password' });
      if (user.lockedUntil && user.lockedUntil > new Date()) return done(null, false, { message: 'Account locked' });

      const matches = await bcrypt.compare(password, user.passwordHash);
      if (!matches) {
        const failedLogins = user.failedLogins + 1;
        await user.update({
          failedLogins,
          lockedUntil: failedLogins >= LOCK_AFTER ? new Date(Date.now() + 30 * 60 * 1000) : null,
        });
        return done(null, false, { message: 'Invalid email or password' });
      }

      if (user.failedLogins) await user.update({ failedLogins: 0, lockedUntil: null });
      return done(null, user);
    } catch (err) {
      return done(err);
    }
  }),
);

passport.serializeUser((user, done) => done(null, user.id));

passport.deserializeUser(async (userId, done) => {
  try {
    // ok: unscoped-tenant-query
    const user = await User.findByPk(userId);
    done(null, user || false);
  } catch (err) {
    done(err);
  }
});

module.exports = passport;
