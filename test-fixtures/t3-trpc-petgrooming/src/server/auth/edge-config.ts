import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js config that is safe to run in the edge middleware (no Prisma).
 */
export const edgeAuthConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt" },
  providers: [],
  callbacks: {
    authorized({ auth }) {
      return !!auth?.user;
    },
  },
} satisfies NextAuthConfig;
