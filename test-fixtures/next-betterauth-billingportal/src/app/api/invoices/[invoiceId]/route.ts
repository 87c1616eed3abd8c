import { NextResponse } from 'next/server';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { db, invoices } from '@/db';
import { getSession } from '@/lib/session';

type Ctx = { params: Promise<{ invoiceId: string }> };

export async function GET(_request: Request, { params }: Ctx) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { invoiceId } = await params;
  // expect: unscoped-tenant-query
  const invoice = await db.query.invoices.findFirst({ where: eq(invoices.id, invoiceId) });
  if (!invoice) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(invoice);
}

const patchInvoice = z.object({
  amountCents: z.number().int().positive().optional(),
  dueAt: z.coerce.date().optional(),
  status: z.enum(['draft', 'sent', 'void']).optional(),
});

// ok: missing-input-validation
export async function PATCH(request: Request, { params }: Ctx) {
  const session = await getSession();
  const orgId = session?.session.activeOrganizationId;
  if (!orgId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { invoiceId } = await params;
  const data = patchInvoice.parse(await request.json());
  // ok: unscoped-tenant-query
  const [row] = await db
    .update(invoices)
    .set(data)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.organizationId, orgId)))
    .returning();
  if (!row) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(row);
}

export async function DELETE(_request: Request, { params }: Ctx) {
  const session = await getSession();
  const orgId = session?.session.activeOrganizationId;
  if (!orgId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { invoiceId } = await params;
  // ok: unscoped-tenant-query
  const invoice = await db.query.invoices.findFirst({ where: eq(invoices.id, invoiceId) });
  if (!invoice || invoice.organizationId !== orgId) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }
  if (invoice.status !== 'draft') return NextResponse.json({ error: 'Only drafts can be deleted' }, { status: 409 });
  // ok: unscoped-tenant-query
  await db.delete(invoices).where(eq(invoices.id, invoice.id));
  return new NextResponse(null, { status: 204 });
}
