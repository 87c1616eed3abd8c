import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { organization, admin } from 'better-auth/plugins';
import { db } from '../db/index.js';

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: 'pg' }),
  // ok: hardcoded-secret
  secret: process.env.BETTER_AUTH_SECRET,
  baseURL: process.env.BETTER_AUTH_URL,
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  rateLimit: { enabled: true, window: 60, max: 20 },
  plugins: [organization({ allowUserToCreateOrganization: true }), admin()],
  // ok: insecure-cookie
  advanced: { useSecureCookies: true },
});

export type Session = typeof auth.$Infer.Session;
