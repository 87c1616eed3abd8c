import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { organization } from 'better-auth/plugins';
import { nextCookies } from 'better-auth/next-js';
import { prisma } from './prisma';
import { sendEmail } from './email';
import { isProduction } from './env';

export const auth = betterAuth({
  database: prismaAdapter(prisma, { provider: 'postgresql' }),
  secret: process.env.BETTER_AUTH_SECRET,
  baseURL: process.env.BETTER_AUTH_URL,
  emailAndPassword: {
    enabled: true,
    minPasswordLength: 10,
    sendResetPassword: async ({ user, url }) => {
      if (!isProduction) {
        // local development has no mailer: the link goes to the terminal
        // ok: token-logging
        console.log(`[auth] reset link for ${user.email}: ${url}`);
      }
      // expect: token-logging
      console.info(`[auth] password reset for ${user.email}: ${url}`);
      await sendEmail(user.email, 'Reset your Hirewell password', `Reset it here: ${url}`);
    },
  },
  rateLimit: { enabled: true, window: 60, max: 20 },
  // ok: insecure-cookie
  advanced: { useSecureCookies: process.env.NODE_ENV === 'production' },
  emailVerification: {
    sendVerificationEmail: async ({ user, url }) => {
      if (process.env.NODE_ENV !== 'production') {
        // ok: token-logging
        console.log('verify link', url);
        return;
      }
      await sendEmail(user.email, 'Confirm your Hirewell email', `Confirm it here: ${url}`);
    },
  },
  plugins: [organization(), nextCookies()],
});

export type Session = typeof auth.$Infer.Session;
