import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { organization as organizationPlugin } from 'better-auth/plugins';
import { reactStartCookies } from 'better-auth/react-start';
import { db } from '../db';

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: 'pg' }),
  // expect: hardcoded-secret
  secret: process.env.BETTER_AUTH_SECRET || 'venuebook-local-auth-secret',
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  rateLimit: { enabled: true, window: 60, max: 20 },
  plugins: [organizationPlugin(), reactStartCookies()],
});

export type Session = typeof auth.$Infer.Session;
