'use strict';
const BaseService = require('./BaseService');
const repos = require('../repositories');

class InvoiceService extends BaseService {
  constructor() {
    super(repos.invoices);
  }

  markPaid(invoiceId) {
    return this.repository.updateById(invoiceId, { status: 'paid' });
  }
}

module.exports = new InvoiceService();
