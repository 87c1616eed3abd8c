import { customerRepository } from '../repositories/customer.repository';
import { notFound } from '../lib/errors';
import { CustomerCreateSchema } from '../schemas';

export const customerService = {
  list(orgId: string) {
    return customerRepository.listByOrg(orgId);
  },

  async getForOrg(orgId: string, id: string) {
    const customer = await customerRepository.findById(id);
    if (!customer || customer.orgId !== orgId) throw notFound('customer');
    return customer;
  },

  // the CSV importer calls this too, so the service validates its input itself
  create(orgId: string, input: unknown) {
    const data = CustomerCreateSchema.parse(input);
    return customerRepository.create(orgId, data);
  },

  statement(id: string) {
    return customerRepository.findWithInvoices(id);
  },

  async update(orgId: string, id: string, data: Record<string, unknown>) {
    await this.getForOrg(orgId, id);
    return customerRepository.update(id, data);
  },
};
