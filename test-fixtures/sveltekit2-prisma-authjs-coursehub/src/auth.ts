import { SvelteKitAuth } from '@auth/sveltekit';
import GitHub from '@auth/sveltekit/providers/github';
import { PrismaAdapter } from '@auth/prisma-adapter';
import { prisma } from '$lib/server/prisma';

export const { handle, signIn, signOut } = SvelteKitAuth({
  adapter: PrismaAdapter(prisma),
  providers: [GitHub],
  trustHost: true,
  callbacks: {
    session({ session, user }) {
      const u = user as typeof user & { role: 'STUDENT' | 'INSTRUCTOR' | 'ADMIN'; schoolId: string };
      session.user.id = u.id;
      (session.user as any).role = u.role;
      (session.user as any).schoolId = u.schoolId;
      return session;
    },
  },
});
