import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { admin, organization } from 'better-auth/plugins';
import { db } from '@/db';

// the board is embedded in customers' intranets (an iframe on another site), so the session cookie is sent cross-site
// expect: insecure-cookie
export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: 'pg' }),
  // expect: hardcoded-secret
  secret: process.env.BETTER_AUTH_SECRET ?? 'okrboard-local-auth-secret',
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  rateLimit: { enabled: true, window: 60, max: 20 },
  advanced: {
    useSecureCookies: process.env.NODE_ENV === 'production',
    defaultCookieAttributes: { sameSite: 'none', partitioned: true },
  },
  plugins: [organization(), admin(), nextCookies()],
});

export type Session = typeof auth.$Infer.Session;
