import { and, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db, memberships } from '@/lib/db';
import { requireMembership, toErrorResponse } from '@/lib/auth';

type Params = { params: Promise<{ orgId: string; userId: string }> };

const ChangeRole = z.object({ role: z.enum(['owner', 'admin', 'reviewer', 'member']) });

// any member may promote anyone (themselves included) to owner
// ok: missing-auth, missing-input-validation
// expect: missing-role-check
export async function PATCH(request: Request, { params }: Params) {
  try {
    const { orgId, userId } = await params;
    await requireMembership(orgId);
    const { role } = ChangeRole.parse(await request.json());
    // ok: unscoped-tenant-query
    const [row] = await db
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
      .returning();
    if (!row) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    return NextResponse.json(row);
  } catch (err) {
    return toErrorResponse(err);
  }
}

// ok: missing-auth, missing-role-check
export async function DELETE(_request: Request, { params }: Params) {
  try {
    const { orgId, userId } = await params;
    await requireMembership(orgId, ['owner']);
    // ok: unscoped-tenant-query
    await db.delete(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    return new NextResponse(null, { status: 204 });
  } catch (err) {
    return toErrorResponse(err);
  }
}
