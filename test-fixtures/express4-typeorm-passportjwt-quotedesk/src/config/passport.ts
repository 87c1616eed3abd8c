import passport from 'passport';
import { ExtractJwt, Strategy as JwtStrategy, StrategyOptions } from 'passport-jwt';
import { AppDataSource } from '../data-source';
import { User } from '../entities/User';
import { config } from './index';

const options: StrategyOptions = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: config.jwtSecret,
  algorithms: ['HS256'],
  issuer: 'quotedesk',
};

passport.use(
  new JwtStrategy(options, async (payload: { sub: string }, done) => {
    try {
      // ok: unscoped-tenant-query
      const user = await AppDataSource.getRepository(User).findOne({ where: { id: payload.sub } });
      if (!user) return done(null, false);
      return done(null, {
        id: user.id,
        email: user.email,
        role: user.role,
        organizationId: user.organizationId,
        isStaff: user.isStaff,
      });
    } catch (err) {
      return done(err, false);
    }
  }),
);

// Partner portal tokens (HS256, shared with the partner's SSO bridge)
passport.use(
  'partner-jwt',
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromHeader('x-partner-token'),
      // expect: insecure-jwt
      secretOrKey: 'qd-partner-bridge-shared-secret',
      algorithms: ['HS256'],
    },
    (payload: { org: string }, done) => done(null, { id: `partner:${payload.org}`, email: '', role: 'viewer', organizationId: payload.org, isStaff: false } as Express.User),
  ),
);

export default passport;
