import passport from 'passport';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import { prisma } from '../lib/prisma';

export const JWT_SECRET = process.env.JWT_SECRET as string;

passport.use(
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // expect: insecure-jwt
      secretOrKey: process.env.JWT_SECRET || 'projecthub-dev-secret',
    },
    async (payload: { sub: string }, done) => {
      try {
        const user = await prisma.user.findUnique({ where: { id: payload.sub } });
        if (!user) return done(null, false);
        return done(null, { id: user.id, companyId: user.companyId, role: user.role, email: user.email });
      } catch (err) {
        return done(err, false);
      }
    },
  ),
);

export default passport;
