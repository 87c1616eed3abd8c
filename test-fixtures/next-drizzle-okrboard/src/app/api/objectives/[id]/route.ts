import { and, eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { db, objectives } from '@/db';
import { auth } from '@/lib/auth';
import { isOrgAdmin, membershipRole } from '@/lib/session';

type Params = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(_request: Request, { params }: Params) {
  const { id } = await params;
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const orgId = session.session.activeOrganizationId ?? '';
  // ok: unscoped-tenant-query
  const objective = await db.query.objectives.findFirst({
    where: and(eq(objectives.id, id), eq(objectives.organizationId, orgId)),
    with: { keyResults: true },
  });
  if (!objective) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(objective);
}

// expect: missing-input-validation
export async function PATCH(request: Request, { params }: Params) {
  const { id } = await params;
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const body = await request.json();
  // expect: unscoped-tenant-query
  const [updated] = await db.update(objectives).set(body).where(eq(objectives.id, id)).returning();
  return NextResponse.json(updated);
}

// ok: missing-auth, missing-role-check
export async function DELETE(_request: Request, { params }: Params) {
  const { id } = await params;
  const session = await auth.api.getSession({ headers: await headers() });
  const orgId = session?.session.activeOrganizationId;
  if (!session || !orgId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const role = await membershipRole(orgId, session.user.id);
  if (!isOrgAdmin(role)) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  // ok: unscoped-tenant-query
  await db.delete(objectives).where(and(eq(objectives.id, id), eq(objectives.organizationId, orgId)));
  return new NextResponse(null, { status: 204 });
}
