import { Lucia, type Session, type User } from 'lucia';
import { DrizzlePostgreSQLAdapter } from '@lucia-auth/adapter-drizzle';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { db } from '@/db';
import { sessions, users } from '@/db/schema';

const adapter = new DrizzlePostgreSQLAdapter(db, sessions, users);

export const lucia = new Lucia(adapter, {
  sessionCookie: {
    expires: false,
    attributes: { secure: process.env.NODE_ENV === 'production' },
  },
  getUserAttributes: (a) => ({
    email: a.email,
    name: a.name,
    teamId: a.teamId,
    role: a.role,
    platformAdmin: a.platformAdmin,
  }),
});

declare module 'lucia' {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: {
      email: string;
      name: string;
      teamId: string;
      role: 'member' | 'manager';
      platformAdmin: boolean;
    };
  }
}

export const validateRequest = cache(
  async (): Promise<{ user: User; session: Session } | { user: null; session: null }> => {
    const sessionId = cookies().get(lucia.sessionCookieName)?.value ?? null;
    if (!sessionId) return { user: null, session: null };
    const result = await lucia.validateSession(sessionId);
    try {
      if (result.session && result.session.fresh) {
        const c = lucia.createSessionCookie(result.session.id);
        cookies().set(c.name, c.value, c.attributes);
      }
      if (!result.session) {
        const c = lucia.createBlankSessionCookie();
        cookies().set(c.name, c.value, c.attributes);
      }
    } catch {
      // called from a server component: cookies are read-only there
    }
    return result;
  },
);

export async function requireUser() {
  const { user } = await validateRequest();
  if (!user) throw new Response('Unauthorized', { status: 401 });
  return user;
}

export async function requirePlatformAdmin() {
  const user = await requireUser();
  if (!user.platformAdmin) throw new Response('Forbidden', { status: 403 });
  return user;
}
