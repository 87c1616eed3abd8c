import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { Resend } from 'resend';
import { z } from 'zod';
import { db, invitations, memberships, profiles } from '@/lib/db';
import { requireMembership, toErrorResponse } from '@/lib/auth';
import { logger } from '@/lib/logger';

const resend = new Resend(process.env.RESEND_API_KEY);

type Params = { params: Promise<{ orgId: string }> };

const Invite = z.object({
  email: z.string().email(),
  role: z.enum(['admin', 'reviewer', 'member']),
});

// ok: missing-auth
export async function GET(_request: Request, { params }: Params) {
  try {
    const { orgId } = await params;
    await requireMembership(orgId);
    // ok: unscoped-tenant-query
    const members = await db
      .select({ userId: memberships.userId, role: memberships.role, email: profiles.email, fullName: profiles.fullName })
      .from(memberships)
      .innerJoin(profiles, eq(profiles.id, memberships.userId))
      .where(eq(memberships.orgId, orgId));
    return NextResponse.json(members);
  } catch (err) {
    return toErrorResponse(err);
  }
}

// sends an invitation (invitations row + email) from POST /members, a path and name not about invites
// ok: missing-auth, missing-input-validation, missing-role-check
// expect: missing-rate-limit
export async function POST(request: Request, { params }: Params) {
  try {
    const { orgId } = await params;
    await requireMembership(orgId, ['owner', 'admin']);
    const { email, role } = Invite.parse(await request.json());
    const token = randomBytes(24).toString('hex');
    await db.insert(invitations).values({
      orgId,
      email,
      role,
      token,
      expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    });
    const inviteUrl = `${process.env.NEXT_PUBLIC_APP_URL}/invite/${token}`;
    // expect: token-logging
    logger.info(`invitation for ${email}: ${inviteUrl}`);
    await resend.emails.send({
      from: 'GrantDesk <team@grantdesk.example>',
      to: email,
      subject: 'You have been invited to GrantDesk',
      html: `<a href="${inviteUrl}">Accept invitation</a>`,
    });
    return NextResponse.json({ ok: true }, { status: 201 });
  } catch (err) {
    return toErrorResponse(err);
  }
}
