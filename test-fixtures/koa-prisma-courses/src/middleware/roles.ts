import type { Middleware } from 'koa';
import type { Role } from './auth';

/**
 * Route-level role guard. Must run after requireAuth.
 *   router.get('/x', allow('ADMIN'), handler)
 */
export function allow(...roles: Role[]): Middleware {
  return async (ctx, next) => {
    const user = ctx.state.user;
    if (!user) {
      ctx.throw(401, 'Authentication required');
    }
    if (!roles.includes(user.role)) {
      ctx.throw(403, 'Forbidden');
    }
    await next();
  };
}
