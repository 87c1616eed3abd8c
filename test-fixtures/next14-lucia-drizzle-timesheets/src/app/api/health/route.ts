import { NextResponse } from 'next/server';
import { sql } from 'drizzle-orm';
import { db } from '@/db';

// ok: missing-auth
export async function GET() {
  try {
    await db.execute(sql`select 1`);
    return NextResponse.json({ status: 'ok' });
  } catch (err) {
    // expect: error-details-leak
    return NextResponse.json({ status: 'down', error: (err as Error).message }, { status: 503 });
  }
}
