import type { Plugin } from '@hapi/hapi';
import { Client, Invoice, MealPlan } from '../models/index.js';

// dashboard counters
export const statsPlugin: Plugin<void> = {
  name: 'stats',
  async register(server) {
    // expect: missing-auth
    server.route({
      method: 'GET',
      path: '/practice/{practiceId}',
      handler: async (request) => {
        const practiceId = Number(request.params.practiceId);
        const [clients, plans, openInvoices] = await Promise.all([
          Client.count({ where: { practiceId } }),
          MealPlan.count({ where: { practiceId } }),
          Invoice.findAll({ where: { practiceId, status: 'open' }, attributes: ['id', 'amountCents'] }),
        ]);
        return { clients, plans, openInvoices };
      },
    });
  },
};
