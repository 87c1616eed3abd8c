import { AppDataSource } from '../data-source';
import { Quote } from '../entities/Quote';
import { QuoteLine } from '../entities/QuoteLine';
import { assertSameOrg } from '../lib/errors';

export class TemplateService {
  private quotes = AppDataSource.getRepository(Quote);
  private lines = AppDataSource.getRepository(QuoteLine);

  async linesOf(user: Express.User, quoteId: string) {
    // ok: unscoped-tenant-query
    const quote = await this.quotes.findOneBy({ id: quoteId });
    assertSameOrg(user, quote);
    return this.lines.find({ where: { quoteId: quote.id } });
  }

  async peek(quoteId: string) {
    // expect: unscoped-tenant-query
    return this.quotes.findOne({ where: { id: quoteId }, select: { id: true, number: true, totalCents: true, customerId: true } });
  }

  async cloneAsTemplate(user: Express.User, quoteId: string) {
    // ok: unscoped-tenant-query
    const source = await this.quotes.findOne({ where: { id: quoteId, organizationId: user.organizationId }, relations: { lines: true } });
    if (!source) return null;
    const { id: _id, shareToken: _t, ...rest } = source;
    return this.quotes.save(this.quotes.create({ ...rest, number: `${source.number}-T`, status: 'draft', shareToken: crypto.randomUUID() }));
  }
}
