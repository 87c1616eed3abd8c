import type { GetServerSideProps } from 'next';
import { getServerSession } from 'next-auth/next';
import { signIn } from 'next-auth/react';
import { authOptions } from '@/lib/auth';

// signed-in visitors go straight to their dashboard
// ok: missing-auth, missing-rate-limit
export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const session = await getServerSession(req, res, authOptions);
  if (session) return { redirect: { destination: '/dashboard', permanent: false } };
  return { props: {} };
};

export default function LoginPage() {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        signIn('credentials', { email: data.get('email'), password: data.get('password'), callbackUrl: '/dashboard' });
      }}
    >
      <input name="email" type="email" />
      <input name="password" type="password" />
      <button type="submit">Sign in</button>
    </form>
  );
}
