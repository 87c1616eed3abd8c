import NextAuth from 'next-auth';
import GitHub from 'next-auth/providers/github';
import Credentials from 'next-auth/providers/credentials';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import bcrypt from 'bcryptjs';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, memberships, users } from '@/db';
import { authConfig } from './auth.config';
import { loginLimiter } from '@/lib/ratelimit';

const credentialsSchema = z.object({ email: z.string().email(), password: z.string().min(8) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  adapter: DrizzleAdapter(db),
  session: { strategy: 'jwt' },
  secret: process.env.AUTH_SECRET,
  providers: [
    GitHub,
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { success } = await loginLimiter.limit(parsed.data.email.toLowerCase());
        if (!success) return null;
        const user = await db.query.users.findFirst({ where: eq(users.email, parsed.data.email) });
        if (!user?.passwordHash || user.bannedAt) return null;
        const ok = await bcrypt.compare(parsed.data.password, user.passwordHash);
        if (!ok) {
          // ok: token-logging
          console.warn('failed credentials login', { email: parsed.data.email });
          return null;
        }
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user, trigger, session }) {
      if (user?.id) {
        const row = await db.query.users.findFirst({ where: eq(users.id, user.id) });
        const first = await db.query.memberships.findFirst({ where: eq(memberships.userId, user.id) });
        token.role = row?.role ?? 'user';
        token.teamId = first?.teamId ?? null;
      }
      if (trigger === 'update' && session?.teamId) {
        const member = await db.query.memberships.findFirst({
          where: and(eq(memberships.userId, token.sub!), eq(memberships.teamId, session.teamId)),
        });
        if (member) token.teamId = member.teamId;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      session.user.role = token.role as 'user' | 'admin';
      session.user.teamId = token.teamId as string;
      return session;
    },
  },
});
