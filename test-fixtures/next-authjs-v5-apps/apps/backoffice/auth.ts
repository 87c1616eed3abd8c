import NextAuth from 'next-auth';
import Google from 'next-auth/providers/google';

// No `callbacks.authorized`: used as middleware, `auth` only reads the session.
export const { auth, handlers, signIn, signOut } = NextAuth({
  providers: [Google],
  pages: { signIn: '/login' },
});
