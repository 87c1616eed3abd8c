import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { admin, organization } from 'better-auth/plugins';
import { db } from '@/db';

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: 'pg' }),
  // expect: hardcoded-secret
  secret: process.env.BETTER_AUTH_SECRET ?? 'okrboard-local-auth-secret',
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  rateLimit: { enabled: true, window: 60, max: 20 },
  plugins: [organization(), admin(), nextCookies()],
});

export type Session = typeof auth.$Infer.Session;
