import { NextResponse } from 'next/server';
import { ilike } from 'drizzle-orm';
import { db } from '@/db';
import { users } from '@/db/schema';
import { validateRequest } from '@/lib/auth';

// support search across every team
// expect: missing-role-check
export async function GET(request: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const q = new URL(request.url).searchParams.get('q') ?? '';
  // expect: unscoped-tenant-query
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, teamId: users.teamId })
    .from(users)
    .where(ilike(users.email, `%${q}%`));
  return NextResponse.json(rows);
}
