import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma';

type SmsStatus = { appointmentId: string; startsAt: string };

// The SMS provider posts reschedule confirmations here.
export default async function webhookRoutes(fastify: FastifyInstance) {
  // ok: missing-auth
  // expect: unverified-webhook
  fastify.post('/webhooks/sms', async (request) => {
    const body = request.body as SmsStatus;
    await prisma.appointment.update({ where: { id: body.appointmentId }, data: { startsAt: new Date(body.startsAt) } });
    return { received: true };
  });
}
