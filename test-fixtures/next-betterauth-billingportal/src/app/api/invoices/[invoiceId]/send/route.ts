import { NextResponse } from 'next/server';
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { Resend } from 'resend';
import { db, invoices } from '@/db';
import { requireOrg } from '@/lib/session';

const resend = new Resend(process.env.RESEND_API_KEY);

// ok: missing-auth
export async function POST(_request: Request, { params }: { params: Promise<{ invoiceId: string }> }) {
  const { orgId } = await requireOrg();
  const { invoiceId } = await params;
  // ok: unscoped-tenant-query
  const invoice = await db.query.invoices.findFirst({
    where: and(eq(invoices.id, invoiceId), eq(invoices.organizationId, orgId)),
    with: { customer: true },
  });
  if (!invoice) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  const viewToken = randomBytes(24).toString('hex');
  // ok: public-env-secret
  const link = `${process.env.NEXT_PUBLIC_APP_URL}/pay/${invoice.id}?t=${viewToken}`;
  // expect: token-logging
  console.info(`sending invoice ${invoice.number} with payment link ${link}`);
  await resend.emails.send({
    from: 'billing@ledgerly.example',
    to: invoice.customer.email,
    subject: `Invoice ${invoice.number}`,
    text: `Pay here: ${link}`,
  });
  await db.update(invoices).set({ status: 'sent', emailStatus: 'queued' }).where(eq(invoices.id, invoice.id));
  return NextResponse.json({ ok: true });
}
