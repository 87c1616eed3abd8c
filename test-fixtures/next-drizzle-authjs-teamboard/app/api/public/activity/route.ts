import { NextResponse } from 'next/server';
import { desc } from 'drizzle-orm';
import { cards, db } from '@/db';

// the marketing site's "what teams are shipping" ticker: every team's latest card titles
// expect: missing-auth
export async function GET() {
  const rows = await db
    .select({ title: cards.title, columnId: cards.columnId, createdAt: cards.createdAt })
    .from(cards)
    .orderBy(desc(cards.createdAt))
    .limit(20);
  return NextResponse.json(rows);
}
