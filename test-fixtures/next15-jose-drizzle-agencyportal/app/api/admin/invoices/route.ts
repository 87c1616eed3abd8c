import { NextResponse, type NextRequest } from 'next/server';
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { invoices } from '@/db/schema';
import { getSession } from '@/lib/session';

// Accounts-receivable view for the agency team.
// ok: missing-auth
// expect: missing-role-check
export async function GET(req: NextRequest) {
  const session = await getSession();
  if (!session) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const status = req.nextUrl.searchParams.get('status') ?? 'open';
  // expect: unscoped-tenant-query
  const rows = await db.select().from(invoices).where(eq(invoices.status, status)).orderBy(desc(invoices.issuedAt));
  return NextResponse.json(rows);
}
