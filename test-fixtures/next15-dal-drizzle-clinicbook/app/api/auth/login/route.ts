import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { users } from '@/db/schema';
import { createSession } from '@/lib/session';

const Credentials = z.object({ email: z.string().email(), password: z.string().min(1) });

// expect: missing-rate-limit
export async function POST(request: Request) {
  const body = Credentials.safeParse(await request.json());
  if (!body.success) return NextResponse.json({ error: 'Invalid input' }, { status: 400 });
  // ok: unscoped-tenant-query
  const user = await db.query.users.findFirst({ where: eq(users.email, body.data.email) });
  if (!user || !(await bcrypt.compare(body.data.password, user.passwordHash))) {
    // ok: token-logging
    console.warn('failed login', { email: body.data.email });
    return NextResponse.json({ error: 'Invalid credentials' }, { status: 401 });
  }
  await createSession(user.id, user.clinicId, user.role as 'staff' | 'admin');
  return NextResponse.json({ ok: true });
}
