import type { FastifyPluginAsync } from 'fastify';
import { Event } from '../models/Event.js';
import { Order } from '../models/Order.js';

const publicRoutes: FastifyPluginAsync = async (app) => {
  // ok: missing-auth
  app.get<{ Params: { slug: string } }>('/events/:slug', async (request, reply) => {
    const event = await Event.findOne({ slug: request.params.slug, status: 'published' })
      .select('title venue startsAt priceCents bannerUrl')
      .lean();
    if (!event) return reply.code(404).send({ error: 'Not found' });
    return event;
  });

  // order status page linked from the confirmation email: keyed by the order id only
  // expect: missing-auth
  app.get<{ Params: { orderId: string } }>('/orders/:orderId', async (request, reply) => {
    const order = await Order.findById(request.params.orderId).lean();
    if (!order) return reply.code(404).send({ error: 'Not found' });
    return { status: order.status, buyerEmail: order.buyerEmail, quantity: order.quantity };
  });
};

export default publicRoutes;
