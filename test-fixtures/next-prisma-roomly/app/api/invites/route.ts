import { NextResponse } from 'next/server';
import { randomBytes } from 'crypto';
import { getServerSession } from 'next-auth';
import { z } from 'zod';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
import { sendInviteEmail } from '@/lib/mail';

const InviteInput = z.object({ email: z.string().email() });

// expect: missing-rate-limit
export async function POST(req: Request) {
  const session = await getServerSession(authOptions);
  const { email } = InviteInput.parse(await req.json());
  const token = randomBytes(24).toString('hex');
  await prisma.invite.create({ data: { email, token, workspaceId: session!.user.workspaceId } });
  await sendInviteEmail(email, `${process.env.NEXTAUTH_URL}/join/${token}`);
  return NextResponse.json({ ok: true }, { status: 201 });
}
