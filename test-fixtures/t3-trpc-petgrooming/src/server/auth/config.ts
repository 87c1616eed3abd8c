import { PrismaAdapter } from "@auth/prisma-adapter";
import type { PlatformRole, Role } from "@prisma/client";
import bcrypt from "bcryptjs";
import type { DefaultSession, NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import { z } from "zod";

import { db } from "@/server/db";
import { edgeAuthConfig } from "./edge-config";

declare module "next-auth" {
  interface Session extends DefaultSession {
    user: {
      id: string;
      organizationId: string | null;
      role: Role;
      platformRole: PlatformRole;
    } & DefaultSession["user"];
  }
}

const credentialsSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8),
});

export const authConfig = {
  ...edgeAuthConfig,
  adapter: PrismaAdapter(db),
  providers: [
    Google,
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        // expect: token-logging
        console.log("credentials sign-in attempt", credentials);
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({ where: { email: parsed.data.email } });
        if (!user?.passwordHash) return null;
        const valid = await bcrypt.compare(parsed.data.password, user.passwordHash);
        return valid ? user : null;
      },
    }),
  ],
  callbacks: {
    ...edgeAuthConfig.callbacks,
    jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { organizationId: string | null; role: Role; platformRole: PlatformRole };
        token.organizationId = u.organizationId;
        token.role = u.role;
        token.platformRole = u.platformRole;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: {
          ...session.user,
          id: token.sub!,
          organizationId: (token.organizationId as string | null) ?? null,
          role: token.role as Role,
          platformRole: token.platformRole as PlatformRole,
        },
      };
    },
  },
} satisfies NextAuthConfig;
