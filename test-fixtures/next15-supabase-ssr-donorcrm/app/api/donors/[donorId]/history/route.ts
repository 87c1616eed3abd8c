import { sql } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db } from '@/db';
import { requireUser } from '@/lib/auth';

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ donorId: string }> }) {
  try {
    await requireUser();
    const { donorId } = await params;
    // expect: unscoped-tenant-query
    const rows = await db.execute(sql`select id, amount_cents, created_at from donations where donor_id = ${donorId} order by created_at desc`);
    return NextResponse.json(rows);
  } catch (err) {
    // expect: error-details-leak
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
}
