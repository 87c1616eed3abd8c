import { NextResponse, type NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { db, invoices } from '@/db';
import { getSession } from '@/lib/session';

// ok: missing-auth
export async function GET(request: NextRequest) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const number = request.nextUrl.searchParams.get('number');
  if (!number) return NextResponse.json({ error: 'number required' }, { status: 400 });
  // expect: unscoped-tenant-query
  const rows = await db.select().from(invoices).where(eq(invoices.number, number)).limit(5);
  return NextResponse.json(rows);
}
