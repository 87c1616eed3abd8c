import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { verify } from 'hono/jwt';

type Bindings = { DB: D1Database; JWT_SECRET: string; ADMIN_TOKEN: string };
export type AppEnv = { Bindings: Bindings; Variables: { userId: string; role: string } };

export const withUser = createMiddleware<AppEnv>(async (c, next) => {
  const token = getCookie(c, 'session');
  if (!token) return c.json({ message: 'unauthorized' }, 401);
  const payload = await verify(token, c.env.JWT_SECRET);
  c.set('userId', payload.sub as string);
  c.set('role', payload.role as string);
  await next();
});
