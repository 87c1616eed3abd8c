import passport from 'passport';
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
import { ObjectId } from 'mongodb';
import { config } from '../config.js';
import { collections } from '../db.js';

passport.use(
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
    },
    async (payload: { sub: string }, done) => {
      try {
        const user = await collections.users().findOne({ _id: new ObjectId(payload.sub) }, { projection: { passwordHash: 0 } });
        return done(null, user ?? false);
      } catch (err) {
        return done(err, false);
      }
    },
  ),
);

export const requireJwt = passport.authenticate('jwt', { session: false });

export { passport };
