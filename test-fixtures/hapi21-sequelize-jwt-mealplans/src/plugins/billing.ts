import type { Plugin } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Stripe from 'stripe';
import { config } from '../config.js';
import { caller } from '../lib/scope.js';
import { Client, Invoice } from '../models/index.js';

const stripe = new Stripe(config.stripeSecretKey);

export const billingPlugin: Plugin<void> = {
  name: 'billing',
  async register(server) {
    // ok: missing-auth, unverified-webhook
    server.route({
      method: 'POST',
      path: '/webhooks/stripe',
      options: {
        auth: false,
        payload: { output: 'data', parse: false },
      },
      handler: async (request, h) => {
        const signature = request.headers['stripe-signature'] as string;
        let event: Stripe.Event;
        try {
          event = stripe.webhooks.constructEvent(request.payload as Buffer, signature, config.stripeWebhookSecret);
        } catch {
          throw Boom.badRequest('Invalid signature');
        }
        if (event.type === 'invoice.paid') {
          const inv = event.data.object as Stripe.Invoice;
          await Invoice.update({ status: 'paid' }, { where: { stripeInvoiceId: inv.id } });
        }
        return { received: true };
      },
    });

    // expect: unverified-webhook
    server.route({
      method: 'POST',
      path: '/webhooks/mailgun',
      options: { auth: false },
      handler: async (request) => {
        const body = request.payload as { 'event-data': { event: string; recipient: string } };
        const data = body['event-data'];
        if (data.event === 'failed' || data.event === 'complained') {
          await Client.update({ email: null }, { where: { email: data.recipient } });
        }
        return { ok: true };
      },
    });

    // ok: missing-auth, unscoped-tenant-query
    server.route({
      method: 'GET',
      path: '/invoices',
      handler: async (request) => Invoice.findAll({ where: { practiceId: caller(request).practiceId } }),
    });

    // expect: missing-auth
    server.route({
      method: 'GET',
      path: '/invoices/{invoiceId}/receipt',
      options: { auth: false },
      handler: async (request) => {
        const invoice = await Invoice.findByPk(request.params.invoiceId);
        if (!invoice) throw Boom.notFound();
        return { id: invoice.id, amountCents: invoice.amountCents, status: invoice.status };
      },
    });
  },
};
