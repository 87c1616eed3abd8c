import passport from 'koa-passport';
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
import { config } from './config';

passport.use(
  new JwtStrategy(
    // ok: insecure-jwt
    { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.jwtSecret, algorithms: ['HS256'] },
    (payload: { sub: string; teamId: string; role: string }, done: (err: unknown, user?: unknown) => void) => done(null, payload),
  ),
);

export default passport;
