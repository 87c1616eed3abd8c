import bcrypt from 'bcryptjs';
import type { NextAuthOptions } from 'next-auth';
import { getServerSession } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { prisma } from './db';

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        const user = await prisma.user.findUnique({ where: { email: credentials.email.toLowerCase() } });
        if (!user || !(await bcrypt.compare(credentials.password, user.passwordHash))) return null;
        return { id: user.id, email: user.email, name: user.name, studioId: user.studioId, role: user.role };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.studioId = (user as { studioId: string }).studioId;
        token.role = (user as { role: string }).role;
      }
      return token;
    },
    async session({ session, token }) {
      session.user.id = token.sub!;
      session.user.studioId = token.studioId as string;
      session.user.role = token.role as 'OWNER' | 'COACH';
      return session;
    },
  },
};

export class AuthError extends Error {
  constructor(public status: 401 | 403) {
    super(status === 401 ? 'Unauthorized' : 'Forbidden');
  }
}

/** The signed-in staff member; throws AuthError(401) for anonymous callers. */
export async function requireStaff() {
  const session = await getServerSession(authOptions);
  if (!session?.user?.studioId) throw new AuthError(401);
  return session.user;
}

export async function requireOwner() {
  const user = await requireStaff();
  if (user.role !== 'OWNER') throw new AuthError(403);
  return user;
}
