import type { Context, Next } from 'koa';
import koaJwt from 'koa-jwt';
import jwt from 'jsonwebtoken';
import { config } from '../config';

export interface StaffClaims {
  sub: number;
  companyId: number;
  role: 'admin' | 'manager' | 'maintenance' | 'superadmin';
}

// staff: bearer token or the pm_session cookie set at login
export const requireStaff = koaJwt({ secret: config.jwtSecret, cookie: 'pm_session', algorithms: ['HS256'] });

export function requireRole(...roles: StaffClaims['role'][]) {
  return async (ctx: Context, next: Next) => {
    const user = ctx.state.user as StaffClaims | undefined;
    if (!user || !roles.includes(user.role)) {
      ctx.throw(403, 'Insufficient role');
    }
    await next();
  };
}

export interface RenterClaims {
  tenantId: number;
  companyId: number;
}

// renters sign in to the portal with a separate token
export async function requireRenter(ctx: Context, next: Next) {
  const token = ctx.cookies.get('pm_portal');
  if (!token) {
    ctx.status = 401;
    ctx.body = { error: 'Sign in to the resident portal' };
    return;
  }
  try {
    ctx.state.renter = jwt.verify(token, config.portalJwtSecret, { algorithms: ['HS256'] }) as RenterClaims;
  } catch {
    ctx.throw(401, 'Session expired');
  }
  await next();
}
