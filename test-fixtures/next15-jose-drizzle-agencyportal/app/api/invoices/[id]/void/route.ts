import { NextResponse } from 'next/server';
import { sql } from 'drizzle-orm';
import { db } from '@/db';
import { getSession } from '@/lib/session';

// ok: missing-auth
export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { clientId } = (await getSession()) ?? {};
  if (!clientId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { id } = await params;
  try {
    // expect: unscoped-tenant-query
    await db.execute(sql`update invoices set status = 'void' where id = ${Number(id)} and status = 'open'`);
    return NextResponse.json({ ok: true });
  } catch (error) {
    console.error('void invoice failed', error);
    // expect: error-details-leak
    return NextResponse.json({ error: String(error) }, { status: 500 });
  }
}
