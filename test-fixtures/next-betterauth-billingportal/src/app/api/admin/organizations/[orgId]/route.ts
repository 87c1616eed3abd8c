import { headers } from 'next/headers';
import { forbidden } from 'next/navigation';
import { eq } from 'drizzle-orm';
import { db, organization, member } from '@/db';
import { auth } from '@/lib/auth';

// ok: missing-auth, missing-role-check
export async function GET(_req: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const { user } = (await auth.api.getSession({ headers: await headers() })) ?? {};
  if (!user) return Response.json({ error: 'Unauthorized' }, { status: 401 });
  if (user.role !== 'admin') forbidden();
  const { orgId } = await params;
  // ok: unscoped-tenant-query
  const members = await db.select().from(member).where(eq(member.organizationId, orgId));
  const [org] = await db.select().from(organization).where(eq(organization.id, orgId));
  return Response.json({ org, members });
}
