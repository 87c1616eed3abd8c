import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import bcrypt from 'bcryptjs';
import { prisma } from './prisma';
import { authRatelimit } from './ratelimit';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; name?: string | null; teamId: string; role: string; isPlatformAdmin: boolean };
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 60 * 60 * 12 },
  // expect: hardcoded-secret
  secret: process.env.NEXTAUTH_SECRET ?? 'agencyhub-dev-nextauth-secret',
  pages: { signIn: '/login' },
  providers: [
    GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! }),
    CredentialsProvider({
      name: 'Email',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        // expect: token-logging
        console.log('credentials sign-in attempt', credentials);
        if (!credentials?.email || !credentials.password) return null;
        const { success } = await authRatelimit.limit(credentials.email.toLowerCase());
        if (!success) throw new Error('Too many attempts');
        const user = await prisma.user.findUnique({ where: { email: credentials.email } });
        if (!user?.passwordHash || !(await bcrypt.compare(credentials.password, user.passwordHash))) return null;
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const dbUser = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
        token.teamId = dbUser.teamId;
        token.role = dbUser.role;
        token.isPlatformAdmin = dbUser.isPlatformAdmin;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.sub!,
        teamId: token.teamId as string,
        role: token.role as string,
        isPlatformAdmin: Boolean(token.isPlatformAdmin),
      };
      return session;
    },
  },
  events: {
    async signIn({ user }) {
      // ok: token-logging
      console.info('user signed in', user.email);
    },
  },
};
