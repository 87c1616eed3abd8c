import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { db } from '../db/index.js';
import * as schema from '../db/schema.js';

export const auth = betterAuth({
  baseURL: process.env.BETTER_AUTH_URL ?? 'http://localhost:4000',
  // expect: hardcoded-secret
  secret: process.env.BETTER_AUTH_SECRET ?? 'assetlib-local-auth-secret',
  database: drizzleAdapter(db, { provider: 'pg', schema }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  rateLimit: { enabled: true, window: 60, max: 30 },
  trustedOrigins: (process.env.TRUSTED_ORIGINS ?? 'http://localhost:5173').split(','),
  user: {
    additionalFields: { role: { type: 'string', defaultValue: 'user', input: false } },
  },
});

export type Session = typeof auth.$Infer.Session;
