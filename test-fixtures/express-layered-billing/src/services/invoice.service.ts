import type { Prisma } from '@prisma/client';
import { InvoiceRepository, invoiceRepository } from '../repositories/invoice.repository';
import { notFound } from '../lib/errors';

export class InvoiceService {
  constructor(private readonly invoices: InvoiceRepository) {}

  list(orgId: string, status?: string) {
    return this.invoices.listByOrg(orgId, status);
  }

  async get(orgId: string, id: string) {
    const invoice = await this.invoices.findInOrg(orgId, id);
    if (!invoice) throw notFound('invoice');
    return invoice;
  }

  async lines(orgId: string, id: string) {
    await this.get(orgId, id);
    return this.invoices.linesOf(id);
  }

  update(orgId: string, id: string, patch: Prisma.InvoiceUpdateInput) {
    return this.invoices.updateInOrg(orgId, id, patch);
  }

  send(id: string) {
    // TODO: queue the email
    return this.invoices.markSent(id);
  }

  remove(id: string) {
    return this.invoices.deleteById(id);
  }
}

export const invoiceService = new InvoiceService(invoiceRepository);
