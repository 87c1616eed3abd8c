import { and, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db, grants } from '@/lib/db';
import { requireMembership, toErrorResponse } from '@/lib/auth';

type Params = { params: Promise<{ orgId: string; grantId: string }> };

const UpdateGrant = z
  .object({
    title: z.string().min(3).max(200),
    funder: z.string().min(2).max(120),
    amountCents: z.number().int().positive(),
    status: z.enum(['draft', 'open', 'closed']),
  })
  .partial();

// ok: missing-auth
export async function GET(_request: Request, { params }: Params) {
  try {
    const { orgId, grantId } = await params;
    await requireMembership(orgId);
    // ok: unscoped-tenant-query
    const grant = await db.query.grants.findFirst({
      where: and(eq(grants.id, grantId), eq(grants.orgId, orgId)),
    });
    if (!grant) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    return NextResponse.json(grant);
  } catch (err) {
    return toErrorResponse(err);
  }
}

// ok: missing-auth, missing-input-validation
export async function PATCH(request: Request, { params }: Params) {
  try {
    const { orgId, grantId } = await params;
    await requireMembership(orgId, ['owner', 'admin', 'reviewer']);
    const patch = UpdateGrant.parse(await request.json());
    // the membership check covers orgId, but the grant is picked by id alone
    // expect: unscoped-tenant-query
    const [updated] = await db.update(grants).set(patch).where(eq(grants.id, grantId)).returning();
    return NextResponse.json(updated);
  } catch (err) {
    return toErrorResponse(err);
  }
}

// ok: missing-auth, missing-role-check
export async function DELETE(_request: Request, { params }: Params) {
  try {
    const { orgId, grantId } = await params;
    await requireMembership(orgId, ['owner', 'admin']);
    // ok: unscoped-tenant-query
    await db.delete(grants).where(and(eq(grants.id, grantId), eq(grants.orgId, orgId)));
    return new NextResponse(null, { status: 204 });
  } catch (err) {
    return toErrorResponse(err);
  }
}
