import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { db } from '@/lib/db';
import { invoices } from '@/lib/db/schema';
import { getInvoiceForOrg } from '@/lib/invoices';

type Params = { params: Promise<{ id: string }> };

export async function GET(_req: Request, { params }: Params) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  // ok: unscoped-tenant-query
  const [invoice] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, id), eq(invoices.orgId, session.user.orgId)));
  if (!invoice) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(invoice);
}

// expect: missing-input-validation
export async function PATCH(req: Request, { params }: Params) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const body = await req.json();
  // expect: unscoped-tenant-query
  const [updated] = await db.update(invoices).set(body).where(eq(invoices.id, id)).returning();
  return NextResponse.json(updated);
}

export async function DELETE(_req: Request, { params }: Params) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const invoice = await getInvoiceForOrg(id, session.user.orgId);
  if (!invoice) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  // ok: unscoped-tenant-query
  await db.delete(invoices).where(eq(invoices.id, invoice.id));
  return new NextResponse(null, { status: 204 });
}
