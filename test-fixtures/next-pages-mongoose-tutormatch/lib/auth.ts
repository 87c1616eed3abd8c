import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import bcrypt from 'bcryptjs';
import { connectDb } from './db';
import { User } from '@/models/User';

export const authOptions: NextAuthOptions = {
  // ok: hardcoded-secret
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 60 * 60 * 12 },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials) {
        // expect: token-logging
        console.log('[auth] login attempt', credentials);
        if (!credentials?.email || !credentials.password) return null;
        await connectDb();
        const user = await User.findOne({ email: credentials.email.toLowerCase() }).select('+passwordHash');
        if (!user || !(await bcrypt.compare(credentials.password, user.passwordHash))) return null;
        // ok: token-logging
        console.log('[auth] signed in', { userId: String(user._id), agencyId: String(user.agencyId) });
        return { id: String(user._id), email: user.email, name: user.name, agencyId: String(user.agencyId), role: user.role };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.agencyId = (user as any).agencyId;
        token.role = (user as any).role;
      }
      return token;
    },
    async session({ session, token }) {
      session.user.id = token.sub as string;
      session.user.agencyId = token.agencyId as string;
      session.user.role = token.role as any;
      return session;
    },
  },
};
