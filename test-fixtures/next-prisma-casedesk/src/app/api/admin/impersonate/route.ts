import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { encode } from 'next-auth/jwt';
import { z } from 'zod';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

const Body = z.object({ userId: z.string().cuid() });

// ok: missing-auth, missing-role-check
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  if (session.user.role !== 'ADMIN') return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  const { userId } = Body.parse(await req.json());
  // ok: unscoped-tenant-query
  const target = await prisma.user.findFirst({ where: { id: userId, firmId: session.user.firmId } });
  if (!target) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const token = await encode({
    token: { sub: target.id, role: target.role, firmId: target.firmId, impersonatedBy: session.user.id },
    secret: process.env.AUTH_SECRET!,
    salt: 'impersonation',
  });
  const store = await cookies();
  // expect: insecure-cookie
  store.set('impersonation_session', token, { httpOnly: true, path: '/' });
  return NextResponse.json({ ok: true });
}
