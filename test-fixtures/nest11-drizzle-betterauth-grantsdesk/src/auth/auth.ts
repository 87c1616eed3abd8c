import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { db } from '../db/db';
import * as schema from '../db/schema';

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: 'pg', schema }),
  baseURL: process.env.BETTER_AUTH_URL,
  // ok: hardcoded-secret
  secret: process.env.BETTER_AUTH_SECRET,
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  user: {
    additionalFields: {
      workspaceId: { type: 'string', required: true, input: false },
      role: { type: 'string', required: false, defaultValue: 'applicant_manager', input: false },
    },
  },
  session: { expiresIn: 60 * 60 * 24 * 7 },
});

export type AuthSession = typeof auth.$Infer.Session;
