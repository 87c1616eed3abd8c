import { randomBytes } from 'node:crypto';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { getSession } from '@/lib/session';

// outside the middleware's matcher: nothing limits the invitations it mails
// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { email } = z.object({ email: z.string().email() }).parse(await req.json());
  await prisma.invite.create({ data: { agencyId: session.agencyId, email, token: randomBytes(24).toString('hex') } });
  return NextResponse.json({ invited: email }, { status: 201 });
}
