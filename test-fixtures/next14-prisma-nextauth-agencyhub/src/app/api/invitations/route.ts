import { randomBytes } from 'crypto';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { isTeamAdmin, requireUser } from '@/lib/session';

const InviteBody = z.object({ email: z.string().email(), role: z.enum(['MEMBER', 'ADMIN']).default('MEMBER') });

// the middleware limits this path
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const user = await requireUser();
  if (!isTeamAdmin(user)) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  const { email, role } = InviteBody.parse(await req.json());
  const invite = await prisma.invite.create({ data: { teamId: user.teamId, email, role, token: randomBytes(24).toString('hex') } });
  return NextResponse.json({ id: invite.id }, { status: 201 });
}
