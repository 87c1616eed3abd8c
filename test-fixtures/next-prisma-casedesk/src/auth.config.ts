import type { NextAuthConfig } from 'next-auth';

// edge-safe part of the config, shared with the middleware
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.role = (user as { role?: string }).role;
        token.firmId = (user as { firmId?: string }).firmId;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      session.user.role = token.role as string;
      session.user.firmId = token.firmId as string;
      return session;
    },
  },
} satisfies NextAuthConfig;
