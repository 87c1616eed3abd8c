import { createMiddleware } from 'hono/factory';

type Role = 'owner' | 'admin' | 'agent';

export const requireRole = (...roles: Role[]) =>
  createMiddleware(async (c, next) => {
    const payload = c.get('jwtPayload') as { role?: Role } | undefined;
    if (!payload?.role || !roles.includes(payload.role)) {
      return c.json({ error: 'forbidden' }, 403);
    }
    await next();
  });
