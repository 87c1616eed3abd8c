import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { auth } from './auth';

/** The signed-in recruiter and their active organization; sends anyone else to the sign-in page. */
export async function requireOrgSession() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect('/sign-in');
  const organizationId = session.session.activeOrganizationId;
  if (!organizationId) redirect('/onboarding');
  return { user: session.user, organizationId };
}

export async function getOptionalSession() {
  return auth.api.getSession({ headers: await headers() });
}
