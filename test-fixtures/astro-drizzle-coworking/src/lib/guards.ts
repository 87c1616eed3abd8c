import type { APIContext } from 'astro';
import type { SessionUser } from './session';

export function unauthorized() {
  return Response.json({ error: 'Unauthorized' }, { status: 401 });
}

export function forbidden() {
  return Response.json({ error: 'Forbidden' }, { status: 403 });
}

export function isManager(user: SessionUser | undefined): boolean {
  return user?.role === 'manager' || user?.role === 'admin';
}

export function userOf(context: Pick<APIContext, 'locals'>): SessionUser {
  return context.locals.user!;
}
