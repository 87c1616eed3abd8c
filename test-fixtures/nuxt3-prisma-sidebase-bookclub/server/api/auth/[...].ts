import CredentialsProvider from 'next-auth/providers/credentials';
import bcrypt from 'bcryptjs';
import { NuxtAuthHandler } from '#auth';

const config = useRuntimeConfig();

// expect: missing-rate-limit
export default NuxtAuthHandler({
  secret: config.authSecret,
  pages: { signIn: '/login' },
  providers: [
    // @ts-expect-error default export under ESM
    CredentialsProvider.default({
      name: 'Email',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials: { email: string; password: string }) {
        const user = await prisma.user.findUnique({ where: { email: credentials.email.toLowerCase() } });
        if (!user) return null;
        const ok = await bcrypt.compare(credentials.password, user.passwordHash);
        return ok ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.role = (user as any).role;
      return token;
    },
    session({ session, token }) {
      (session.user as any).id = token.sub;
      (session.user as any).role = token.role;
      return session;
    },
  },
});
