import { prisma } from '@/lib/prisma';

export function findInvoice(invoiceId: string) {
  // expect: unscoped-tenant-query
  return prisma.invoice.findUnique({ where: { id: invoiceId } });
}

export function findInvoiceInWorkspace(invoiceId: string, workspaceId: string) {
  // ok: unscoped-tenant-query
  return prisma.invoice.findFirst({ where: { id: invoiceId, workspaceId } });
}
