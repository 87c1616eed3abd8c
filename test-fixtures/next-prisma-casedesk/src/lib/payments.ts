import { prisma } from '@/lib/prisma';

type PaymentInput = {
  invoiceId: string;
  amountCents: number;
  org: { id: string };
  source?: 'manual' | 'import';
};

// `org` is whichever firm the caller hands in: the check below is only as good as the caller's org
export async function applyPayment({ invoiceId, amountCents, org, source = 'manual' }: PaymentInput) {
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findUnique({ where: { id: invoiceId } });
  if (!invoice || invoice.firmId !== org.id) {
    throw new Error('Invoice not found');
  }
  return prisma.invoice.update({
    where: { id: invoice.id },
    data: { status: source === 'import' ? 'imported' : 'paid', amountCents },
  });
}
