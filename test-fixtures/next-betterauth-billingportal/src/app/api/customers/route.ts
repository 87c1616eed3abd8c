import { NextResponse, type NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { db, customers } from '@/db';
import { getSession } from '@/lib/session';

// Customer picker: staff of agencies can pass ?org= to look at a client organization.
// ok: missing-auth
export const GET = async (request: NextRequest) => {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const orgId = request.nextUrl.searchParams.get('org') ?? session.session.activeOrganizationId!;
  // expect: unscoped-tenant-query
  const rows = await db.select().from(customers).where(eq(customers.organizationId, orgId));
  return NextResponse.json(rows);
};

// expect: missing-auth, missing-input-validation
export const POST = async (request: NextRequest) => {
  const { name, email, organizationId } = (await request.json()) as { name: string; email: string; organizationId: string };
  const [row] = await db.insert(customers).values({ name, email, organizationId }).returning();
  return NextResponse.json(row, { status: 201 });
};
