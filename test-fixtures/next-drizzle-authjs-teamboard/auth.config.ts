import type { NextAuthConfig } from 'next-auth';

// Edge-safe part of the config: used by middleware.ts
export const authConfig = {
  pages: { signIn: '/login' },
  providers: [],
  callbacks: {
    authorized({ auth }) {
      return !!auth?.user;
    },
  },
} satisfies NextAuthConfig;
