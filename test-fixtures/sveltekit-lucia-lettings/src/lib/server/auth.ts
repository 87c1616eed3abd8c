import { Lucia } from 'lucia';
import { DrizzlePostgreSQLAdapter } from '@lucia-auth/adapter-drizzle';
import { dev } from '$app/environment';
import { db, sessions, users } from './db';

const adapter = new DrizzlePostgreSQLAdapter(db, sessions, users);

export const lucia = new Lucia(adapter, {
  sessionCookie: { attributes: { secure: !dev } },
  getUserAttributes: (attributes) => ({ email: attributes.email, orgId: attributes.orgId, role: attributes.role }),
});

declare module 'lucia' {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: { email: string; orgId: string; role: 'admin' | 'manager' | 'agent' };
  }
}
