import { getServerSession, type NextAuthOptions } from 'next-auth';
import GitHubProvider from 'next-auth/providers/github';

export const authOptions: NextAuthOptions = {
  providers: [
    GitHubProvider({
      clientId: process.env.GITHUB_ID ?? '',
      clientSecret: process.env.GITHUB_SECRET ?? '',
    }),
  ],
  session: { strategy: 'jwt' },
};

export type AppSession = { user: { id: string; email: string; role: 'admin' | 'user' } };

export async function getSession() {
  return (await getServerSession(authOptions)) as AppSession | null;
}
