import bcrypt from 'bcryptjs';
import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db';

// anyone can create studios as fast as they can post: no limiter, no schema
// ok: missing-auth
// expect: missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const body = await req.json();
  // expect: token-logging
  console.log('studio signup', body);
  const filled = Object.keys(body).filter((k) => body[k] !== '').length;
  // counts of what was posted, not what was posted
  // ok: token-logging
  console.info('signup form', { fields: Object.keys(body).length, filled, empty: Object.keys(body).length - filled });
  // expect: token-logging
  console.info('signup form', { ...body, at: Date.now() });
  const passwordHash = await bcrypt.hash(body.password, 12);
  const studio = await prisma.studio.create({
    data: {
      name: body.studioName,
      users: { create: { email: String(body.email).toLowerCase(), name: body.name, passwordHash, role: 'OWNER' } },
    },
    select: { id: true },
  });
  return NextResponse.json({ studioId: studio.id }, { status: 201 });
}
