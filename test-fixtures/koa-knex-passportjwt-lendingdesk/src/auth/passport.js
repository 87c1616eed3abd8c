const passport = require('koa-passport');
const bcrypt = require('bcryptjs');
const { Strategy: LocalStrategy } = require('passport-local');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const db = require('../lib/db');

// expect: insecure-jwt
const JWT_SECRET = process.env.JWT_SECRET || 'lendingdesk-dev-jwt';

passport.use(
  new LocalStrategy({ usernameField: 'email', session: false }, async (email, password, done) => {
    try {
      const user = await db('users').where({ email: String(email).toLowerCase() }).first();
      if (!user || !(await bcrypt.compare(password, user.password_hash))) return done(null, false);
      return done(null, { id: user.id, branch_id: user.branch_id, role: user.role });
    } catch (err) {
      return done(err);
    }
  }),
);

passport.use(
  new JwtStrategy(
    { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: JWT_SECRET, algorithms: ['HS256'] },
    async (claims, done) => {
      const user = await db('users').where({ id: claims.sub }).first();
      if (!user) return done(null, false);
      return done(null, { id: user.id, branch_id: user.branch_id, role: user.role, email: user.email });
    },
  ),
);

const requireJwt = passport.authenticate('jwt', { session: false });

module.exports = { passport, requireJwt, JWT_SECRET };
