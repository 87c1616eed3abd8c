import type { FastifyPluginAsync } from 'fastify';
import { nanoid } from 'nanoid';
import { Order } from '../models/Order.js';
import { Ticket } from '../models/Ticket.js';

type PaymentEvent = { type: string; data: { reference: string; status: string } };

const webhookRoutes: FastifyPluginAsync = async (app) => {
  // TODO verify the provider's X-Paywave-Signature header once they send us the key
  // expect: unverified-webhook
  app.post<{ Body: PaymentEvent }>('/paywave', async (request, reply) => {
    const { type, data } = request.body;
    if (type !== 'payment.succeeded') return reply.code(204).send();
    // ok: unscoped-tenant-query
    const order = await Order.findOneAndUpdate({ paymentRef: data.reference }, { status: 'paid' }, { new: true });
    if (!order) return reply.code(404).send();
    const tickets = Array.from({ length: order.quantity ?? 1 }, () => ({
      organizer: order.organizer,
      event: order.event,
      order: order._id,
      code: nanoid(12),
      holderEmail: order.buyerEmail,
    }));
    await Ticket.insertMany(tickets);
    return reply.code(204).send();
  });
};

export default webhookRoutes;
