import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, invitations, memberships, users } from '@/db';
import { requireTeamMember, requireTeamRole, toResponse } from '@/lib/session';
import { randomToken } from '@/lib/tokens';
import { sendMail } from '@/lib/email';

type Ctx = { params: Promise<{ teamId: string }> };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  try {
    const { teamId } = await params;
    await requireTeamMember(teamId);
    // ok: unscoped-tenant-query
    const rows = await db
      .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.teamId, teamId));
    return NextResponse.json(rows);
  } catch (err) {
    return toResponse(err);
  }
}

const Invite = z.object({ email: z.string().email(), role: z.enum(['admin', 'member']).default('member') });

// invitations go out by email: no limiter here
// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-role-check
export async function POST(req: Request, { params }: Ctx) {
  try {
    const { teamId } = await params;
    await requireTeamRole(teamId, ['owner', 'admin']);
    const input = Invite.parse(await req.json());
    const token = randomToken();
    await db.insert(invitations).values({
      teamId,
      email: input.email,
      role: input.role,
      token,
      expiresAt: new Date(Date.now() + 7 * 86400_000),
    });
    await sendMail(input.email, 'You are invited to Teamboard', `${process.env.NEXT_PUBLIC_APP_URL}/invite/${token}`);
    return NextResponse.json({ ok: true }, { status: 201 });
  } catch (err) {
    return toResponse(err);
  }
}
