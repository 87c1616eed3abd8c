import { NextResponse } from 'next/server';
import { z } from 'zod';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';
import { escapeHtml, sendEmail } from '@/lib/email';
import { ratelimit } from '@/lib/ratelimit';
import { signInviteToken } from '@/lib/tokens';

const inviteSchema = z.object({
  email: z.string().email().max(254),
  role: z.enum(['editor', 'viewer']).default('editor'),
});

// ok: missing-auth
// ok: missing-rate-limit
// ok: missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role !== 'admin') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });

  const { success } = await ratelimit.limit(`invite:${session.user.id}`);
  if (!success) return NextResponse.json({ error: 'Too many invites, try again shortly' }, { status: 429 });

  const parsed = inviteSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) {
    return NextResponse.json({ error: 'Invalid request', issues: parsed.error.flatten() }, { status: 400 });
  }

  const email = parsed.data.email.toLowerCase();
  const { role } = parsed.data;

  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return NextResponse.json({ error: 'That person already has a Team Wiki account' }, { status: 409 });

  const team = await db.team.findUniqueOrThrow({ where: { id: session.user.teamId }, select: { name: true } });
  const invite = await db.invite.create({
    data: { email, role, teamId: session.user.teamId, invitedById: session.user.id },
  });

  const token = await signInviteToken({ teamId: session.user.teamId, email, role });
  const link = `${process.env.APP_URL}/api/invites/accept?token=${encodeURIComponent(token)}`;
  await sendEmail({
    to: email,
    subject: `You've been invited to ${team.name} on Team Wiki`,
    html: `<p>${escapeHtml(session.user.name ?? 'A teammate')} invited you to <b>${escapeHtml(team.name)}</b>.</p><p><a href="${link}">Accept invite</a></p>`,
  });

  return NextResponse.json({ invite: { id: invite.id, email, role } }, { status: 201 });
}
