import { randomBytes } from 'node:crypto';
import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { db } from '@/lib/db';
import { clientIp, ratelimit } from '@/lib/ratelimit';
import { verifyInviteToken, type InviteClaims } from '@/lib/tokens';

const signupSchema = z.object({
  name: z.string().trim().min(1).max(100),
  email: z.string().email().max(254),
  password: z.string().min(10).max(200),
  teamName: z.string().trim().min(1).max(100).optional(),
});

function slugify(value: string) {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'team';
}

// ok: missing-auth
// ok: missing-rate-limit
// ok: missing-input-validation
export async function POST(req: Request) {
  const ip = clientIp(req);
  const { success } = await ratelimit.limit(ip);
  if (!success) return NextResponse.json({ error: 'Too many attempts, try again in a minute' }, { status: 429 });

  const parsed = signupSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) {
    return NextResponse.json({ error: 'Invalid request', issues: parsed.error.flatten() }, { status: 400 });
  }

  const { name, password } = parsed.data;
  const email = parsed.data.email.toLowerCase();

  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return NextResponse.json({ error: 'An account with this email already exists' }, { status: 409 });

  const passwordHash = await bcrypt.hash(password, 12);

  // Set by GET /api/invites/accept when someone follows an invite link.
  let invite: InviteClaims | null = null;
  const inviteToken = cookies().get('token')?.value;
  if (inviteToken) {
    invite = await verifyInviteToken(inviteToken).catch(() => null);
  }

  const pendingInvite =
    invite && invite.email === email
      ? await db.invite.findFirst({ where: { teamId: invite.teamId, email, acceptedAt: null }, select: { id: true } })
      : null;

  if (invite && pendingInvite) {
    await db.$transaction([
      db.user.create({ data: { name, email, passwordHash, role: invite.role, teamId: invite.teamId } }),
      db.invite.update({ where: { id: pendingInvite.id }, data: { acceptedAt: new Date() } }),
    ]);
    cookies().delete({ name: 'token', path: '/api/auth' });
  } else {
    const teamName = parsed.data.teamName ?? `${name}'s team`;
    await db.team.create({
      data: {
        name: teamName,
        slug: `${slugify(teamName)}-${randomBytes(3).toString('hex')}`,
        users: { create: { name, email, passwordHash, role: 'admin' } },
      },
    });
  }

  return NextResponse.json({ ok: true }, { status: 201 });
}
