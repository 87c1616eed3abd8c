import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { Role } from "@prisma/client";
import { getServerSession, type DefaultSession, type NextAuthOptions } from "next-auth";
import DiscordProvider from "next-auth/providers/discord";

import { db } from "~/server/db";

declare module "next-auth" {
  interface Session extends DefaultSession {
    user: DefaultSession["user"] & {
      id: string;
      role: Role;
      practiceId: string | null;
    };
  }

  interface User {
    role: Role;
    practiceId: string | null;
  }
}

export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(db),
  session: { strategy: "database", maxAge: 8 * 60 * 60 },
  providers: [
    DiscordProvider({
      clientId: process.env.DISCORD_CLIENT_ID ?? "",
      clientSecret: process.env.DISCORD_CLIENT_SECRET ?? "",
    }),
  ],
  callbacks: {
    session: ({ session, user }) => ({
      ...session,
      user: {
        ...session.user,
        id: user.id,
        role: user.role,
        practiceId: user.practiceId,
      },
    }),
  },
  events: {
    signIn({ user, account, isNewUser }) {
      // ok: token-logging
      console.log(`[auth] sign-in user=${user.id} provider=${account?.provider ?? "unknown"} new=${String(isNewUser)}`);
    },
    linkAccount({ user, account }) {
      // expect: token-logging
      console.log("[auth] linked account", user.id, account.provider, account.access_token, account.refresh_token);
    },
  },
};

export const getServerAuthSession = () => getServerSession(authOptions);

/** Emails a one-time sign-in link (the provider is configured elsewhere in production). */
export async function sendMagicLink(email: string) {
  const res = await fetch(`${process.env.EMAIL_API_URL ?? "http://localhost:8025"}/send`, {
    method: "POST",
    body: JSON.stringify({ to: email, template: "magic-link" }),
  });
  if (!res.ok) throw new Error("Could not send the sign-in link");
}
