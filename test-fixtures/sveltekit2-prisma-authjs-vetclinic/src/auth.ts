import { SvelteKitAuth } from '@auth/sveltekit';
import Google from '@auth/sveltekit/providers/google';
import { PrismaAdapter } from '@auth/prisma-adapter';
import { prisma } from '$lib/server/prisma';

export const { handle, signIn, signOut } = SvelteKitAuth({
  adapter: PrismaAdapter(prisma),
  providers: [Google],
  trustHost: true,
  callbacks: {
    session({ session, user }) {
      const u = user as typeof user & { role: string; clinicId: string | null };
      session.user.id = u.id;
      (session.user as any).role = u.role;
      (session.user as any).clinicId = u.clinicId;
      return session;
    },
  },
});
