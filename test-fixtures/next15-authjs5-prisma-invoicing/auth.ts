import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { PrismaAdapter } from '@auth/prisma-adapter';
import bcrypt from 'bcryptjs';
import { prisma } from '@/lib/prisma';

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  session: { strategy: 'jwt' },
  secret: process.env.AUTH_SECRET,
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const email = String(credentials?.email ?? '').toLowerCase();
        const user = await prisma.user.findUnique({ where: { email } });
        if (!user || !(await bcrypt.compare(String(credentials?.password ?? ''), user.passwordHash))) {
          // expect: token-logging
          console.warn('failed sign-in attempt', credentials);
          return null;
        }
        // ok: token-logging
        console.info('sign-in ok', { userId: user.id, teamId: user.teamId });
        return { id: user.id, email: user.email, name: user.name, teamId: user.teamId, role: user.role };
      },
    }),
  ],
  callbacks: {
    authorized({ auth: session }) {
      return !!session?.user;
    },
    jwt({ token, user }) {
      if (user) {
        token.teamId = (user as any).teamId;
        token.role = (user as any).role;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      session.user.teamId = token.teamId as string;
      session.user.role = token.role as any;
      return session;
    },
  },
});
