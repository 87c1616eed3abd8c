import type { GetServerSidePropsContext, NextApiRequest, NextApiResponse } from 'next';
import { getServerSession, type NextAuthOptions } from 'next-auth';
import GithubProvider from 'next-auth/providers/github';

import { prisma } from './db';

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt' },
  providers: [
    GithubProvider({
      clientId: process.env.GITHUB_CLIENT_ID ?? '',
      clientSecret: process.env.GITHUB_CLIENT_SECRET ?? '',
    }),
  ],
  callbacks: {
    // the session carries the caller's organizations and the projects they may open in each
    async session({ session, token }) {
      const memberships = await prisma.organizationMembership.findMany({
        where: { userId: token.sub },
        include: { org: { include: { projects: { select: { id: true, name: true } } } } },
      });
      return {
        ...session,
        user: {
          ...session.user,
          id: token.sub,
          organizations: memberships.map((m) => ({ id: m.orgId, role: m.role, projects: m.org.projects })),
        },
      };
    },
  },
};

export const getServerAuthSession = (ctx: {
  req: GetServerSidePropsContext['req'] | NextApiRequest;
  res: GetServerSidePropsContext['res'] | NextApiResponse;
}) => getServerSession(ctx.req, ctx.res, authOptions);
