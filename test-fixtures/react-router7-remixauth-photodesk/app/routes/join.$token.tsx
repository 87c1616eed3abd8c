import { redirect } from 'react-router';
import type { Route } from './+types/join.$token';
import { prisma } from '~/lib/db.server';

// The invitation link: the token in the URL is the capability.
// ok: missing-auth
export async function loader({ params }: Route.LoaderArgs) {
  const invite = await prisma.invite.findUnique({ where: { token: params.token } });
  if (!invite || invite.acceptedAt) throw redirect('/login');
  return { email: invite.email };
}
