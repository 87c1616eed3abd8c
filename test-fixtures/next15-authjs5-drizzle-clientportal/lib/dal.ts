import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';

/** The signed-in user, or a redirect to the login page. Memoised per request. */
export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user) redirect('/login');
  return session.user;
});
