import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getServerSession } from 'next-auth';

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt' },
  providers: [CredentialsProvider({ name: 'Email', credentials: { email: {}, password: {} }, authorize: async () => null })],
  callbacks: {
    jwt: async ({ token, user }) => ({ ...token, ...(user ? { organizationId: (user as any).organizationId, role: (user as any).role } : {}) }),
    session: async ({ session, token }) => ({ ...session, user: { ...session.user, id: token.sub, organizationId: token.organizationId, role: token.role } }),
  },
};

export function getSession() {
  return getServerSession(authOptions);
}
