import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getSession } from '../../../server/auth';
import { prisma } from '../../../server/db';

const signupSchema = z.object({ email: z.string().email(), name: z.string().min(1) });

// ok: missing-auth
// expect: missing-rate-limit
export async function POST(req: Request) {
  // already signed in: nothing to sign up for
  const session = await getSession();
  if (session?.user) return NextResponse.json({ error: 'already signed in' }, { status: 400 });
  if (process.env.NEXT_PUBLIC_DISABLE_EMAIL_PASSWORD_SIGNUP === 'true') return NextResponse.json({ error: 'signups are closed' }, { status: 403 });
  const input = signupSchema.parse(await req.json());
  const user = await prisma.user.create({ data: { email: input.email, name: input.name } });
  return NextResponse.json({ id: user.id }, { status: 201 });
}
