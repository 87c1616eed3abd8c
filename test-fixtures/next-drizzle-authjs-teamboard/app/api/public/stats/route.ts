import { NextResponse } from 'next/server';
import { count } from 'drizzle-orm';
import { boards, db, teams } from '@/db';

// landing page counters
// ok: missing-auth
export async function GET() {
  const [{ n: teamCount }] = await db.select({ n: count() }).from(teams);
  const [{ n: boardCount }] = await db.select({ n: count() }).from(boards);
  return NextResponse.json({ teams: teamCount, boards: boardCount }, { headers: { 'Cache-Control': 's-maxage=3600' } });
}
