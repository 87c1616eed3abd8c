import passport from 'passport';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import { prisma } from '../lib/prisma';
import { config } from '../config';

passport.use(
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromExtractors([
        ExtractJwt.fromAuthHeaderAsBearerToken(),
        (req) => req?.cookies?.cv_session ?? null,
      ]),
      secretOrKey: config.jwtSecret,
      issuer: config.jwtIssuer,
      algorithms: ['HS256'],
    },
    async (payload: { sub: string }, done) => {
      try {
        const user = await prisma.user.findUnique({ where: { id: payload.sub } });
        if (!user || user.disabled) return done(null, false);
        return done(null, user);
      } catch (err) {
        return done(err, false);
      }
    },
  ),
);

export const requireAuth = passport.authenticate('jwt', { session: false });
export default passport;
