import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';

export type AuthUser = { sub: string; businessId: string; role: 'owner' | 'staff' | 'platform_admin' };

export const jwtPlugin = new Elysia({ name: 'jwt-plugin' }).use(
  jwt({
    name: 'jwt',
    // expect: insecure-jwt
    secret: process.env.JWT_SECRET ?? 'bookly-local-dev',
    exp: '12h',
  }),
);

// puts the caller on the context; rejects nobody by itself
export const currentUser = new Elysia({ name: 'current-user' })
  .use(jwtPlugin)
  .derive({ as: 'scoped' }, async ({ jwt, headers, cookie: { session } }) => {
    const raw = headers.authorization?.startsWith('Bearer ') ? headers.authorization.slice(7) : session?.value;
    const payload = raw ? await jwt.verify(raw as string) : false;
    return { user: payload ? (payload as unknown as AuthUser) : null };
  });

export const requireUser = new Elysia({ name: 'require-user' })
  .use(currentUser)
  .onBeforeHandle({ as: 'scoped' }, ({ user, set }) => {
    if (!user) {
      set.status = 401;
      return { error: 'unauthorized' };
    }
  });
