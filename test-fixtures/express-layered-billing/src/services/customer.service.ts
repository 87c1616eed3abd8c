import { customerRepository } from '../repositories/customer.repository';
import { notFound } from '../lib/errors';

export const customerService = {
  list(orgId: string) {
    return customerRepository.listByOrg(orgId);
  },

  async getForOrg(orgId: string, id: string) {
    const customer = await customerRepository.findById(id);
    if (!customer || customer.orgId !== orgId) throw notFound('customer');
    return customer;
  },

  statement(id: string) {
    return customerRepository.findWithInvoices(id);
  },

  async update(orgId: string, id: string, data: Record<string, unknown>) {
    await this.getForOrg(orgId, id);
    return customerRepository.update(id, data);
  },
};
