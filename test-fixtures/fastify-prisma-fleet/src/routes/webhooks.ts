import type { FastifyInstance } from 'fastify';
import { verifyGatewaySignature } from '../lib/signature';

type PingBatch = { vehicleVin: string; pings: { lat: number; lng: number; speedKph: number; at: string }[] };
type FuelEvent = { cardLast4: string; plate: string; liters: number; amountCents: number; at: string };

export default async function webhookRoutes(fastify: FastifyInstance) {
  // ok: missing-auth
  // ok: unverified-webhook
  fastify.post('/telematics', { config: { rawBody: true } }, async (request, reply) => {
    const valid = verifyGatewaySignature(request.rawBody!, request.headers['x-gateway-signature'] as string | undefined, process.env.GATEWAY_WEBHOOK_SECRET!);
    if (!valid) return reply.code(401).send({ error: 'bad signature' });
    const batch = request.body as PingBatch;
    const vehicle = await fastify.prisma.vehicle.findUnique({ where: { vin: batch.vehicleVin } });
    if (!vehicle) return reply.code(202).send({ accepted: 0 });
    await fastify.prisma.telemetryPing.createMany({
      data: batch.pings.map((p) => ({ ...p, at: new Date(p.at), vehicleId: vehicle.id, companyId: vehicle.companyId })),
    });
    return { accepted: batch.pings.length };
  });

  // the fuel card processor posts every transaction; nothing checks who sent it
  // ok: missing-auth
  // expect: unverified-webhook
  fastify.post('/fuel-card', async (request) => {
    const event = request.body as FuelEvent;
    const vehicle = await fastify.prisma.vehicle.findFirst({ where: { plate: event.plate } });
    await fastify.prisma.fuelTransaction.create({
      data: { companyId: vehicle?.companyId ?? 'unassigned', vehicleId: vehicle?.id, cardLast4: event.cardLast4, liters: event.liters, amountCents: event.amountCents, at: new Date(event.at) },
    });
    return { ok: true };
  });
}
