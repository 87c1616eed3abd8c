import { eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db } from '@/db';
import { donations } from '@/db/schema';
import { currentUser } from '@/lib/auth';

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ donationId: string }> }) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { donationId } = await params;
  // expect: unscoped-tenant-query
  const donation = await db.query.donations.findFirst({
    where: eq(donations.id, donationId),
    with: { donor: true },
  });
  if (!donation) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(donation);
}
