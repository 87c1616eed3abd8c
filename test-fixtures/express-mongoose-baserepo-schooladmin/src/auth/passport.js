'use strict';
const passport = require('passport');
const { Strategy, ExtractJwt } = require('passport-jwt');
const User = require('../models/User');
const config = require('../lib/config');

passport.use(new Strategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: config.jwtSecret,
  algorithms: ['HS256'],
}, async (payload, done) => {
  try {
    const user = await User.findById(payload.sub).lean();
    return done(null, user || false);
  } catch (err) {
    return done(err);
  }
}));

module.exports = {
  passport,
  requireAuth: passport.authenticate('jwt', { session: false }),
};
