import { NextResponse } from 'next/server';
import { sql } from 'drizzle-orm';
import { auth } from '@/auth';
import { db } from '@/db';

// ok: missing-auth
export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const q = new URL(req.url).searchParams.get('q') ?? '';
  const boardId = new URL(req.url).searchParams.get('boardId');
  if (boardId) {
    // expect: unscoped-tenant-query
    const rows = await db.execute(sql`select id, title from cards where board_id = ${boardId} and title ilike ${'%' + q + '%'} limit 20`);
    return NextResponse.json(rows);
  }
  // ok: unscoped-tenant-query
  const rows = await db.execute(
    sql`select id, title from cards where team_id = ${session.user.teamId} and title ilike ${'%' + q + '%'} limit 20`,
  );
  return NextResponse.json(rows);
}
