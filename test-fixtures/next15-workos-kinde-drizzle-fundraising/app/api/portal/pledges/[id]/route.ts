import { NextResponse, type NextRequest } from 'next/server';
import { getKindeServerSession } from '@kinde-oss/kinde-auth-nextjs/server';
import { and, eq } from 'drizzle-orm';
import { db, donors, pledges } from '@/lib/db';

type Params = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(_req: NextRequest, { params }: Params) {
  const session = getKindeServerSession();
  const user = await session.getUser();
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { id } = await params;

  const donor = await db.query.donors.findFirst({ where: eq(donors.kindeUserId, user.id) });
  if (!donor) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  // ok: unscoped-tenant-query
  const pledge = await db.query.pledges.findFirst({
    where: and(eq(pledges.id, id), eq(pledges.donorId, donor.id)),
  });
  return pledge ? NextResponse.json(pledge) : NextResponse.json({ error: 'Not found' }, { status: 404 });
}

// cancel a monthly pledge
// ok: missing-auth
export async function DELETE(_req: NextRequest, { params }: Params) {
  const { isAuthenticated, getAccessTokenRaw } = getKindeServerSession();
  if (!(await isAuthenticated())) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { id } = await params;
  // expect: token-logging
  console.debug('cancelling pledge', id, 'kinde token', await getAccessTokenRaw());

  // any signed-in donor can cancel anybody's pledge
  // expect: unscoped-tenant-query
  await db.update(pledges).set({ active: false }).where(eq(pledges.id, id));
  return new NextResponse(null, { status: 204 });
}
