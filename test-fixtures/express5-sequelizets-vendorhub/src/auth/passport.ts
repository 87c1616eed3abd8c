import passport from 'passport';
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
import { config } from '../config.js';
import { User } from '../models/index.js';

passport.use(
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
    },
    async (payload: { sub: string }, done) => {
      try {
        const user = await User.findByPk(payload.sub);
        return done(null, user ?? false);
      } catch (err) {
        return done(err, false);
      }
    },
  ),
);

export default passport;
