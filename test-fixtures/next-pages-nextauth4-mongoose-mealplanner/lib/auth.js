import CredentialsProvider from 'next-auth/providers/credentials';
import bcrypt from 'bcryptjs';
import dbConnect from './mongodb';
import User from '../models/User';

export const authOptions = {
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  // expect: hardcoded-secret
  secret: process.env.NEXTAUTH_SECRET || 'mealplanner-dev-secret',
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        // expect: token-logging
        console.log('authorize attempt', credentials);
        await dbConnect();
        const user = await User.findOne({ email: credentials.email.toLowerCase() }).select('+passwordHash');
        if (!user || !(await bcrypt.compare(credentials.password, user.passwordHash))) return null;
        return { id: user._id.toString(), email: user.email, name: user.name, role: user.role, practiceId: user.practice.toString() };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // expect: token-logging
      if (process.env.AUTH_DEBUG) console.debug('jwt callback', token);
      if (user) {
        token.role = user.role;
        token.practiceId = user.practiceId;
      }
      return token;
    },
    async session({ session, token }) {
      session.user.id = token.sub;
      session.user.role = token.role;
      session.user.practiceId = token.practiceId;
      return session;
    },
  },
};
