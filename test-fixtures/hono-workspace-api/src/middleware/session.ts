import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { verify } from 'hono/jwt';

// Paths anyone may call; everything else needs a session cookie.
const PUBLIC_PATHS = ['/api/health', '/api/auth/login', '/api/shared/pins'];

export type SessionUser = { id: string; email: string; workspaceIds: string[] };

export const sessionGate = createMiddleware<{ Variables: { user: SessionUser } }>(async (c, next) => {
  if (PUBLIC_PATHS.includes(c.req.path)) {
    return next();
  }
  const token = getCookie(c, 'pb_session');
  if (!token) {
    return c.json({ error: 'unauthorized' }, 401);
  }
  const payload = await verify(token, c.env.SESSION_SECRET);
  c.set('user', payload as SessionUser);
  await next();
});
