import passport from 'passport';
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
import { query } from '../lib/db.js';

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_SECRET,
}, async (payload, done) => {
  const { rows } = await query('SELECT id, email, role, account_id FROM users WHERE id = $1', [payload.sub]);
  return done(null, rows[0] || false);
}));

export const requireJwt = passport.authenticate('jwt', { session: false });

export function permit(...allowed) {
  return (req, res, next) => {
    if (req.user && allowed.includes(req.user.role)) return next();
    res.status(403).json({ message: 'Forbidden' });
  };
}
