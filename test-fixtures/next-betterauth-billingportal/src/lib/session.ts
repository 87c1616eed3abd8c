import 'server-only';
import { headers } from 'next/headers';
import { redirect, notFound } from 'next/navigation';
import { auth } from './auth';

export async function getSession() {
  return auth.api.getSession({ headers: await headers() });
}

export async function requireUser() {
  const session = await getSession();
  if (!session) redirect('/sign-in');
  return session;
}

// The caller's active organization, or a redirect to the org picker.
export async function requireOrg() {
  const session = await requireUser();
  const orgId = session.session.activeOrganizationId;
  if (!orgId) redirect('/select-organization');
  return { user: session.user, orgId };
}

export async function requireAdmin() {
  const session = await requireUser();
  if (session.user.role !== 'admin') notFound();
  return session;
}
