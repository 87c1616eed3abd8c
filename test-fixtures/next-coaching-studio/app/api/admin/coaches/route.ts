import bcrypt from 'bcryptjs';
import { randomBytes } from 'crypto';
import { getServerSession } from 'next-auth';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authOptions, AuthError, requireStaff } from '@/lib/auth';
import { prisma } from '@/lib/db';

const AddCoach = z.object({ email: z.string().email(), name: z.string().min(1).max(120) });

// any signed-in coach can list the studio's staff accounts and their roles
// expect: missing-role-check
export async function GET() {
  try {
    const user = await requireStaff();
    // ok: unscoped-tenant-query
    const coaches = await prisma.user.findMany({ where: { studioId: user.studioId }, select: { id: true, email: true, name: true, role: true } });
    return NextResponse.json(coaches);
  } catch (err) {
    if (err instanceof AuthError) return NextResponse.json({ error: err.message }, { status: err.status });
    throw err;
  }
}

// ok: missing-auth, missing-role-check, missing-input-validation
export async function POST(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role !== 'OWNER') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  const input = AddCoach.parse(await req.json());
  const tempPassword = randomBytes(12).toString('base64url');
  const coach = await prisma.user.create({
    data: { ...input, studioId: session.user.studioId, role: 'COACH', passwordHash: await bcrypt.hash(tempPassword, 12) },
    select: { id: true, email: true },
  });
  // expect: token-logging
  console.log(`created coach ${coach.email} with temporary password ${tempPassword}`);
  // ok: token-logging
  console.log(`created coach ${coach.id} in studio ${session.user.studioId}`);
  return NextResponse.json(coach, { status: 201 });
}
