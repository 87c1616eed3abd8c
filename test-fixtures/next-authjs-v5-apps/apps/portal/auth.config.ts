import type { NextAuthConfig } from 'next-auth';

// Edge-safe half of the config: the middleware decides with `authorized`.
export const authConfig = {
  pages: { signIn: '/login' },
  providers: [],
  callbacks: {
    authorized({ auth }) {
      return !!auth?.user;
    },
  },
} satisfies NextAuthConfig;
