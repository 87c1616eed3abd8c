import { NextRequest, NextResponse } from 'next/server';
import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, claims } from '@/lib/db';

function validKey(presented: string | null) {
  const expected = Buffer.from(process.env.ERP_EXPORT_API_KEY ?? '');
  const given = Buffer.from(presented ?? '');
  return expected.length > 0 && given.length === expected.length && timingSafeEqual(given, expected);
}

// The ERP pulls approved claims nightly with the key it was issued.
// ok: missing-auth, unverified-webhook
export async function GET(req: NextRequest) {
  if (!validKey(req.headers.get('x-api-key'))) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const rows = await db.select().from(claims).where(eq(claims.status, 'approved'));
  return NextResponse.json(rows);
}
