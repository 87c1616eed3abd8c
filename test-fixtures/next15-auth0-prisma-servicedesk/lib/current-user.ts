import 'server-only';
import { redirect } from 'next/navigation';
import { auth0 } from './auth0';
import { prisma } from './prisma';

/** the signed-in agent's row; sends anonymous visitors to the Auth0 login */
export async function requireUser() {
  const session = await auth0.getSession();
  if (!session) redirect('/auth/login');
  const user = await prisma.user.findUnique({ where: { auth0Sub: session.user.sub } });
  if (!user) redirect('/onboarding');
  return user;
}
