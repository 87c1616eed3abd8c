import type { NextAuthConfig } from 'next-auth';

// Edge-safe part of the Auth.js config, shared with middleware.ts.
// Keep Prisma / bcrypt out of this file: middleware runs on the edge runtime.
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 60 * 60 * 24 * 7 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.id = user.id as string;
        token.teamId = user.teamId;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      // ok: token-logging
      console.debug('session callback for', session.user.email);
      // expect: token-logging
      if (process.env.AUTH_DEBUG) console.debug('session callback', session);
      session.user.id = token.id;
      session.user.teamId = token.teamId;
      session.user.role = token.role;
      return session;
    },
  },
} satisfies NextAuthConfig;
