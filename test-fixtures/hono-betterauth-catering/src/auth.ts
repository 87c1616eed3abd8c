import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin, organization } from 'better-auth/plugins';
import { db } from './db/index.js';
import * as schema from './db/schema.js';
import { env } from './env.js';
import { logger } from './lib/logger.js';
import { sendMail } from './lib/mailer.js';

// ok: insecure-cookie
export const auth = betterAuth({
  baseURL: process.env.BETTER_AUTH_URL,
  // expect: hardcoded-secret
  secret: process.env.BETTER_AUTH_SECRET ?? 'catering-local-dev-secret',
  database: drizzleAdapter(db, { provider: 'pg', schema }),
  trustedOrigins: env.allowedOrigins,
  emailAndPassword: {
    enabled: true,
    requireEmailVerification: true,
    sendResetPassword: async ({ user, url, token }) => {
      // expect: token-logging
      logger.info({ email: user.email, token }, 'password reset requested');
      await sendMail(user.email, 'Reset your Catering HQ password', `Reset it here: ${url}`);
    },
  },
  emailVerification: {
    sendVerificationEmail: async ({ user, url }) => {
      // ok: token-logging
      logger.info({ userId: user.id }, 'verification email queued');
      await sendMail(user.email, 'Confirm your email', `Confirm here: ${url}`);
    },
  },
  plugins: [
    organization({
      allowUserToCreateOrganization: true,
      async sendInvitationEmail(data) {
        await sendMail(data.email, `Join ${data.organization.name}`, `${env.appUrl}/accept-invitation/${data.id}`);
      },
    }),
    admin(),
  ],
});

export type AuthSession = typeof auth.$Infer.Session;
