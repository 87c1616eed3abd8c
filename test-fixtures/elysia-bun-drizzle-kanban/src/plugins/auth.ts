import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';

export type SessionUser = { id: string; workspaceId: string; role: 'owner' | 'member' | 'viewer' };

export const authPlugin = new Elysia({ name: 'auth' })
  .use(
    jwt({
      name: 'jwt',
      // expect: insecure-jwt
      secret: Bun.env.JWT_SECRET ?? 'kanban-local-dev-secret',
      exp: '2h',
    })
  )
  .derive({ as: 'scoped' }, async ({ jwt, headers, cookie: { session } }) => {
    const raw = headers.authorization?.startsWith('Bearer ') ? headers.authorization.slice(7) : session.value;
    const payload = raw ? await jwt.verify(raw) : false;
    const user: SessionUser | null = payload
      ? { id: String(payload.sub), workspaceId: String(payload.ws), role: payload.role as SessionUser['role'] }
      : null;
    return { user };
  });

export const requireUser = ({ user, set }: { user: SessionUser | null; set: { status?: number | string } }) => {
  if (!user) {
    set.status = 401;
    return { error: 'Unauthorized' };
  }
};

export const requireOwner = ({ user, set }: { user: SessionUser | null; set: { status?: number | string } }) => {
  if (!user || user.role !== 'owner') {
    set.status = 403;
    return { error: 'Forbidden' };
  }
};
