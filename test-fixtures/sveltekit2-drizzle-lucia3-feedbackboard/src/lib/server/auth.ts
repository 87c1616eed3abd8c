import { Lucia } from 'lucia';
import { DrizzlePostgreSQLAdapter } from '@lucia-auth/adapter-drizzle';
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { db, sessions, users } from './db';

const adapter = new DrizzlePostgreSQLAdapter(db, sessions, users);

export const lucia = new Lucia(adapter, {
  sessionCookie: {
    attributes: { secure: !dev, sameSite: 'lax' },
  },
  getUserAttributes: (attributes) => ({
    email: attributes.email,
    name: attributes.name,
    workspaceId: attributes.workspaceId,
    role: attributes.role,
  }),
});

declare module 'lucia' {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: { email: string; name: string; workspaceId: string; role: 'member' | 'admin' };
  }
}

export function requireUser(event: RequestEvent) {
  const user = event.locals.user;
  if (!user) error(401, 'Sign in required');
  return user;
}

export function requireAdmin(event: RequestEvent) {
  const user = requireUser(event);
  if (user.role !== 'admin') error(403, 'Admins only');
  return user;
}

export function requirePageUser(event: RequestEvent) {
  if (!event.locals.user) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}`);
  return event.locals.user;
}
