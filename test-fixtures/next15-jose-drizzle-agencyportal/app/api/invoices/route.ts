import { NextResponse } from 'next/server';
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { invoices } from '@/db/schema';
import { getSession } from '@/lib/session';

// Not under the middleware matcher: the session is checked here.
// ok: missing-auth
export async function GET() {
  const session = await getSession();
  if (!session?.clientId) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  // ok: unscoped-tenant-query
  const rows = await db.select().from(invoices).where(eq(invoices.clientId, session.clientId)).orderBy(desc(invoices.issuedAt));
  return NextResponse.json(rows);
}
