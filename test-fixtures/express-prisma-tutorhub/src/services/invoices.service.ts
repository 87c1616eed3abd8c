import { prisma } from '../lib/prisma';

export async function listInvoices(organizationId: string, status?: string) {
  // ok: unscoped-tenant-query
  return prisma.invoice.findMany({
    where: { organizationId, ...(status ? { status } : {}) },
    orderBy: { issuedAt: 'desc' },
  });
}

export async function findInvoiceForOrg(organizationId: string, id: string) {
  // ok: unscoped-tenant-query
  return prisma.invoice.findFirst({ where: { id, organizationId } });
}

export async function voidInvoice(organizationId: string, id: string) {
  // ok: unscoped-tenant-query
  return prisma.invoice.updateMany({ where: { id, organizationId, status: 'OPEN' }, data: { status: 'VOID' } });
}

export function toCsv(rows: Array<{ id: string; studentId: string; amountCents: number; status: string; issuedAt: Date }>) {
  const lines = rows.map((r) => [r.id, r.studentId, (r.amountCents / 100).toFixed(2), r.status, r.issuedAt.toISOString()].join(','));
  return ['id,student,amount,status,issued', ...lines].join('\n');
}
