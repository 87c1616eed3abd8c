import { NextResponse } from 'next/server';
import { desc } from 'drizzle-orm';
import { auth } from '@/auth';
import { db, teams } from '@/db';

// ok: missing-auth, missing-role-check
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  if (session.user.role !== 'admin') return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  // platform staff see every team
  // ok: unscoped-tenant-query
  const rows = await db.select().from(teams).orderBy(desc(teams.createdAt)).limit(200);
  return NextResponse.json(rows);
}
