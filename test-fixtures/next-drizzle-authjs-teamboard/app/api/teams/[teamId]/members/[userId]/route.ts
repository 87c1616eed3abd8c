import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, memberships } from '@/db';
import { requireTeamMember, requireTeamRole, toResponse } from '@/lib/session';

type Ctx = { params: Promise<{ teamId: string; userId: string }> };

const RoleChange = z.object({ role: z.enum(['owner', 'admin', 'member']) });

// any member of the team can promote anyone (themselves included)
// expect: missing-role-check
// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  try {
    const { teamId, userId } = await params;
    await requireTeamMember(teamId);
    const { role } = RoleChange.parse(await req.json());
    // ok: unscoped-tenant-query
    await db
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId)));
    return NextResponse.json({ ok: true });
  } catch (err) {
    return toResponse(err);
  }
}

// ok: missing-auth, missing-role-check
export async function DELETE(_req: Request, { params }: Ctx) {
  try {
    const { teamId, userId } = await params;
    await requireTeamRole(teamId, ['owner']);
    // ok: unscoped-tenant-query
    await db.delete(memberships).where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId)));
    return new NextResponse(null, { status: 204 });
  } catch (err) {
    return toResponse(err);
  }
}
