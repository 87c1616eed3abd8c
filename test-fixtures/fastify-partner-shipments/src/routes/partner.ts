import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { prisma } from '../lib/prisma';
import { resolvePartner } from '../lib/partnerKeys';

const newShipment = z.object({
  reference: z.string().min(1).max(64),
  destination: z.string().min(2).max(200),
});

const partnerRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('preHandler', async (request: FastifyRequest, reply) => {
    try {
      const partner = await resolvePartner(request.headers);
      request.client = partner;
    } catch (err) {
      request.log.warn({ reason: (err as Error).message }, 'partner key rejected');
      return reply.status(401).send({ error: 'Unauthorized' });
    }
  });

  // ok: missing-auth
  fastify.get('/shipments', async (request) => {
    const partner = request.client!;
    // ok: unscoped-tenant-query
    return prisma.shipment.findMany({ where: { accountId: partner.accountId }, take: 100 });
  });

  // ok: missing-auth
  fastify.post('/shipments', async (request, reply) => {
    const partner = request.client!;
    if (!partner.canWrite) return reply.status(403).send({ error: 'Read-only key' });
    const input = newShipment.parse(request.body);
    const created = await prisma.shipment.create({
      data: { ...input, status: 'registered', accountId: partner.accountId },
    });
    return reply.status(201).send(created);
  });

  // ok: missing-auth
  fastify.patch('/shipments/:id', updateShipmentStatus);
};

const statusUpdate = z.object({ status: z.enum(['in_transit', 'delivered', 'returned']) });

const updateShipmentStatus = async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
  const { status } = statusUpdate.parse(request.body);
  const existing = await prisma.shipment.findFirst({
    where: { id: request.params.id, accountId: request.client!.accountId },
  });
  if (!existing) return reply.status(404).send({ error: 'Not found' });
  // ok: unscoped-tenant-query
  const updated = await prisma.shipment.update({ where: { id: request.params.id }, data: { status } });
  return reply.send(updated);
};

export default partnerRoutes;
