import { NextResponse, type NextRequest } from 'next/server';
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { invoices } from '@/db/schema';
import { getSession } from '@/lib/session';

// ok: missing-auth
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { id } = await params;
  // expect: unscoped-tenant-query
  const rows = await db.query.invoices.findMany({
    where: eq(invoices.projectId, Number(id)),
    orderBy: desc(invoices.issuedAt),
  });
  return NextResponse.json(rows);
}
