import { NextResponse } from 'next/server';
import { desc } from 'drizzle-orm';
import { db } from '@/db';
import { releaseNotes } from '@/db/schema';

// ok: missing-auth
export async function GET() {
  const notes = await db.select().from(releaseNotes).orderBy(desc(releaseNotes.version)).limit(5);
  return NextResponse.json({ latest: notes });
}
