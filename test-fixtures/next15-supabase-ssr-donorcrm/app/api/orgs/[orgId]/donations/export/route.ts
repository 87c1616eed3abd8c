import { desc, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db } from '@/db';
import { donations, donors } from '@/db/schema';
import { withApiErrors } from '@/lib/api';
import { requireMembership } from '@/lib/auth';
import { exportLimiter } from '@/lib/ratelimit';

// ok: missing-auth, missing-rate-limit, missing-role-check
export const GET = withApiErrors(async (_req: Request, { params }: { params: Promise<{ orgId: string }> }) => {
  const { orgId } = await params;
  const { user } = await requireMembership(orgId, ['owner', 'admin']);
  const { success } = await exportLimiter.limit(`${orgId}:${user.id}`);
  if (!success) return NextResponse.json({ error: 'Too many exports' }, { status: 429 });

  // ok: unscoped-tenant-query
  const rows = await db
    .select({ id: donations.id, amountCents: donations.amountCents, createdAt: donations.createdAt, donor: donors.fullName })
    .from(donations)
    .innerJoin(donors, eq(donors.id, donations.donorId))
    .where(eq(donations.orgId, orgId))
    .orderBy(desc(donations.createdAt));

  const csv = ['id,donor,amount,date', ...rows.map((r) => `${r.id},"${r.donor}",${r.amountCents / 100},${r.createdAt.toISOString()}`)].join('\n');
  return new NextResponse(csv, {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="donations-${orgId}.csv"` },
  });
});
