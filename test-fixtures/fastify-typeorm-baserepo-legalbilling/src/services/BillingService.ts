import { invoices, matters, timeEntries } from '../repositories';

export class BillingService {
  constructor(
    private readonly invoiceRepo = invoices,
    private readonly entryRepo = timeEntries,
  ) {}

  invoiceForFirm(firmId: string, id: string) {
    return this.invoiceRepo.findOneWhere({ id, firmId });
  }

  invoice(id: string) {
    return this.invoiceRepo.findById(id);
  }

  async draftInvoice(firmId: string, matterId: string) {
    const matter = await matters.findOneWhere({ id: matterId, firmId });
    if (!matter) return null;
    const entries = await this.entryRepo.list({ matterId: matter.id, firmId });
    const totalCents = entries.reduce((sum, e) => sum + Math.round((e.minutes / 60) * matter.hourlyRateCents), 0);
    return this.invoiceRepo.create({ matterId: matter.id, firmId, totalCents, status: 'draft' });
  }
}

export const billing = new BillingService();
