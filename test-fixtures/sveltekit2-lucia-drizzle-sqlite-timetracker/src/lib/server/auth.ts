import { Lucia } from 'lucia';
import { DrizzleSQLiteAdapter } from '@lucia-auth/adapter-drizzle';
import { dev } from '$app/environment';
import { db } from './db';
import { sessions, users } from './db/schema';

const adapter = new DrizzleSQLiteAdapter(db, sessions, users);

export const lucia = new Lucia(adapter, {
  sessionCookie: {
    attributes: { secure: !dev, sameSite: 'lax' },
  },
  getUserAttributes: (attributes) => ({ email: attributes.email, isAdmin: attributes.isAdmin }),
});

declare module 'lucia' {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: { email: string; isAdmin: boolean };
  }
}
