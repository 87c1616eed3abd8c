import 'server-only';
import { withAuth } from '@workos-inc/authkit-nextjs';
import { eq } from 'drizzle-orm';
import { db, organizations } from '@/lib/db';

export class ForbiddenError extends Error {}

/** The signed-in staff member and the nonprofit their AuthKit session belongs to. */
export async function requireStaff() {
  const { user, organizationId, role } = await withAuth({ ensureSignedIn: true });
  if (!organizationId) throw new ForbiddenError('Pick an organisation first');

  const org = await db.query.organizations.findFirst({
    where: eq(organizations.workosOrgId, organizationId),
  });
  if (!org) throw new ForbiddenError('Organisation is not onboarded');

  return { user, role, orgId: org.id };
}

export async function requireOrgAdmin() {
  const staff = await requireStaff();
  if (staff.role !== 'admin') throw new ForbiddenError('Admins only');
  return staff;
}
