import { NextResponse } from 'next/server';
import { asc } from 'drizzle-orm';
import { db } from '@/db';
import { users } from '@/db/schema';

// Behind the middleware (see its matcher), so no session lookup here.
// ok: missing-auth
export async function GET() {
  // expect: unscoped-tenant-query
  const rows = await db.select({ id: users.id, name: users.name, email: users.email, role: users.role }).from(users).orderBy(asc(users.name));
  return NextResponse.json(rows);
}
