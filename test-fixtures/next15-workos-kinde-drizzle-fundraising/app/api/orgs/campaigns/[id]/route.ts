import { NextResponse, type NextRequest } from 'next/server';
import { withAuth } from '@workos-inc/authkit-nextjs';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, campaigns } from '@/lib/db';
import { requireStaff } from '@/lib/auth/staff';

type RouteContext = { params: Promise<{ id: string }> };

const CampaignPatch = z.object({
  title: z.string().min(3).max(120).optional(),
  story: z.string().max(20_000).optional(),
  goalCents: z.number().int().positive().optional(),
});

// ok: missing-auth
export async function GET(_req: NextRequest, { params }: RouteContext) {
  const { id } = await params;
  const { orgId } = await requireStaff();

  // ok: unscoped-tenant-query
  const [campaign] = await db.select().from(campaigns).where(and(eq(campaigns.orgId, orgId), eq(campaigns.id, id))).limit(1);
  if (!campaign) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(campaign);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: NextRequest, { params }: RouteContext) {
  const { user } = await withAuth({ ensureSignedIn: true });
  const { id } = await params;
  const changes = CampaignPatch.parse(await req.json());

  // the org filter was dropped when this moved off the old REST handler
  // expect: unscoped-tenant-query
  const [updated] = await db.update(campaigns).set(changes).where(eq(campaigns.id, id)).returning();

  console.info('campaign updated', { campaignId: id, by: user.id });
  return NextResponse.json(updated);
}

// ok: missing-auth, missing-role-check
export async function DELETE(_req: NextRequest, { params }: RouteContext) {
  const { id } = await params;
  const { orgId, role } = await requireStaff();
  if (role !== 'admin') {
    return NextResponse.json({ error: 'Only admins can delete campaigns' }, { status: 403 });
  }

  // ok: unscoped-tenant-query
  await db.delete(campaigns).where(and(eq(campaigns.id, id), eq(campaigns.orgId, orgId), eq(campaigns.status, 'draft')));
  return new NextResponse(null, { status: 204 });
}
