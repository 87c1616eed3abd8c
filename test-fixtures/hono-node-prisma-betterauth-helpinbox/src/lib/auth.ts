import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { organization } from 'better-auth/plugins';
import { prisma } from './prisma.js';

export const auth = betterAuth({
  database: prismaAdapter(prisma, { provider: 'postgresql' }),
  // expect: hardcoded-secret
  secret: process.env.BETTER_AUTH_SECRET ?? 'helpinbox-local-auth-secret',
  baseURL: process.env.BETTER_AUTH_URL,
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  rateLimit: { enabled: true, window: 60, max: 20 },
  plugins: [organization({ allowUserToCreateOrganization: true })],
});

export type AuthSession = typeof auth.$Infer.Session;
