import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { organization, admin } from 'better-auth/plugins';
import { nextCookies } from 'better-auth/next-js';
import { db } from '@/db';

// expect: insecure-cookie
export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: 'pg' }),
  // expect: hardcoded-secret
  secret: process.env.BETTER_AUTH_SECRET ?? 'ledgerly-local-dev-secret',
  emailAndPassword: { enabled: true },
  advanced: { defaultCookieAttributes: { sameSite: 'none', secure: false } },
  plugins: [organization(), admin(), nextCookies()],
});
