import crypto from 'crypto';
import { In } from 'typeorm';
import { AppDataSource } from '../data-source';
import { Quote, QuoteStatus } from '../entities/Quote';
import { QuoteLine } from '../entities/QuoteLine';
import { Customer } from '../entities/Customer';

const quotes = () => AppDataSource.getRepository(Quote);
const customers = () => AppDataSource.getRepository(Customer);

export interface NewQuoteInput {
  customerId: string;
  currency: string;
  validUntil: string | null;
  lines: Array<Pick<QuoteLine, 'productId' | 'description' | 'quantity' | 'unitPriceCents'>>;
}

export class QuoteService {
  async list(organizationId: string, status?: string) {
    // ok: unscoped-tenant-query
    const qb = quotes()
      .createQueryBuilder('q')
      .where('q.organizationId = :organizationId', { organizationId })
      .orderBy('q.createdAt', 'DESC');
    if (status) qb.andWhere('q.status = :status', { status });
    return qb.getMany();
  }

  async get(organizationId: string, id: string) {
    // ok: unscoped-tenant-query
    return quotes().findOne({ where: { id, organizationId }, relations: { lines: true } });
  }

  async create(organizationId: string, userId: string, input: NewQuoteInput) {
    // ok: unscoped-tenant-query
    const customer = await customers().findOneBy({ id: input.customerId, organizationId });
    if (!customer) return null;
    const totalCents = input.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0);
    const quote = quotes().create({
      organizationId,
      customerId: customer.id,
      createdById: userId,
      number: `Q-${Date.now().toString(36).toUpperCase()}`,
      currency: input.currency,
      validUntil: input.validUntil,
      totalCents,
      shareToken: crypto.randomBytes(24).toString('base64url'),
      lines: input.lines,
    });
    return quotes().save(quote);
  }

  async setStatus(id: string, status: QuoteStatus) {
    // expect: unscoped-tenant-query
    const quote = await quotes().findOneBy({ id });
    if (!quote) return null;
    quote.status = status;
    return quotes().save(quote);
  }

  async remove(organizationId: string, id: string) {
    // ok: unscoped-tenant-query
    const quote = await quotes().findOneBy({ id });
    if (!quote || quote.organizationId !== organizationId) return false;
    await quotes().remove(quote);
    return true;
  }

  async expireMany(organizationId: string, ids: string[]) {
    // ok: unscoped-tenant-query
    const found = await quotes().findBy({ id: In(ids), organizationId });
    if (found.length !== ids.length) return false;
    // ok: unscoped-tenant-query
    await quotes().update({ id: In(ids) }, { status: 'expired' });
    return true;
  }

  async forCustomer(customerId: string) {
    // expect: unscoped-tenant-query
    return quotes().find({ where: { customerId }, order: { createdAt: 'DESC' } });
  }

  async exportRows(organizationId: string) {
    // ok: unscoped-tenant-query
    return quotes().find({ where: { organizationId }, order: { number: 'ASC' } });
  }
}

export const quoteService = new QuoteService();
