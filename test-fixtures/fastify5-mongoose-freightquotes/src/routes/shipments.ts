import type { FastifyPluginAsync } from 'fastify';
import { nanoid } from 'nanoid';
import { Quote, Shipment } from '../models/index.js';

// routes opt in to auth one by one here (the tracking widget used to live in this file)
const shipmentRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.get('/', { onRequest: [fastify.authenticate] }, async (request) => {
    // ok: unscoped-tenant-query
    return Shipment.find({ workspaceId: request.user.workspaceId }).select('-consignee').limit(200);
  });

  // ok: missing-auth
  fastify.get('/:id', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const { id } = request.params as { id: string };
    // expect: unscoped-tenant-query
    const shipment = await Shipment.findById(id).populate('carrierId');
    if (!shipment) return reply.code(404).send({ error: 'Not found' });
    return shipment;
  });

  // expect: missing-auth
  fastify.get('/:id/consignee', async (request, reply) => {
    const { id } = request.params as { id: string };
    const shipment = await Shipment.findById(id).select('consignee trackingNumber');
    if (!shipment) return reply.code(404).send({ error: 'Not found' });
    return shipment.consignee;
  });

  // ok: missing-auth, missing-input-validation
  fastify.post('/', {
    onRequest: [fastify.authenticate],
    schema: { body: { type: 'object', required: ['quoteId'], properties: { quoteId: { type: 'string' }, eta: { type: 'string', format: 'date-time' } } } },
  }, async (request, reply) => {
    const { quoteId, eta } = request.body as { quoteId: string; eta?: string };
    // ok: unscoped-tenant-query
    const quote = await Quote.findOne({ _id: quoteId, workspaceId: request.user.workspaceId, status: 'accepted' });
    if (!quote) return reply.code(400).send({ error: 'Quote is not accepted' });
    const shipment = await Shipment.create({ workspaceId: quote.workspaceId, quoteId: quote._id, trackingNumber: `FQ${nanoid(10).toUpperCase()}`, eta });
    return reply.code(201).send(shipment);
  });

  // expect: missing-input-validation
  fastify.post('/:id/events', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const { code, location } = request.body as { code: string; location: string };
    // ok: unscoped-tenant-query
    const shipment = await Shipment.findOneAndUpdate({ _id: id, workspaceId: request.user.workspaceId }, { $push: { events: { at: new Date(), code, location } }, status: code }, { new: true });
    if (!shipment) return reply.code(404).send({ error: 'Not found' });
    return shipment;
  });
};

export default shipmentRoutes;
