import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';

export type Role = 'owner' | 'editor' | 'viewer';
export type CurrentUser = { id: string; workspaceId: string; role: Role };

export const jwtPlugin = new Elysia({ name: 'jwt' }).use(
  jwt({
    name: 'jwt',
    // expect: insecure-jwt
    secret: process.env.JWT_SECRET || 'castwell-secret',
    exp: '7d',
  }),
);

// Reads the session cookie or bearer token and exposes `user` (null when anonymous)
export const sessionPlugin = new Elysia({ name: 'session' })
  .use(jwtPlugin)
  .derive({ as: 'scoped' }, async ({ jwt, cookie: { session }, headers }) => {
    const bearer = headers.authorization?.startsWith('Bearer ') ? headers.authorization.slice(7) : undefined;
    const token = session.value ?? bearer;
    if (!token) return { user: null as CurrentUser | null };
    const payload = await jwt.verify(token);
    if (!payload) return { user: null as CurrentUser | null };
    return { user: { id: String(payload.sub), workspaceId: String(payload.ws), role: payload.role as Role } as CurrentUser | null };
  });

// Rejects anonymous requests for every route registered after it
export const authPlugin = new Elysia({ name: 'auth' })
  .use(sessionPlugin)
  .onBeforeHandle({ as: 'scoped' }, ({ user, set }) => {
    if (!user) {
      set.status = 401;
      return { error: 'Unauthorized' };
    }
  })
  .resolve({ as: 'scoped' }, ({ user }) => ({ me: user! }));

export const requireRole = (...roles: Role[]) =>
  new Elysia({ name: 'require-role', seed: roles })
    .use(authPlugin)
    .onBeforeHandle({ as: 'scoped' }, ({ me, error }) => {
      if (!roles.includes(me.role)) return error(403, { error: 'Forbidden' });
    });
