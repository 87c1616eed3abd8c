import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma';
import { labResultsQueue } from '../lib/jobs';

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

  // The lab posts "result ready" notices; the worker downloads the PDF from the URL given and files it in the
  // patient's chart. Nothing checks that the lab sent it.
  // ok: missing-auth
  // expect: unverified-webhook
  fastify.post('/webhooks/lab-results', async (request, reply) => {
    const notice = request.body as { patientRef: string; documentUrl: string };
    await labResultsQueue.add('file-result', { patientRef: notice.patientRef, url: notice.documentUrl });
    return reply.code(202).send({ queued: true });
  });

  // a delivery receipt only logged and acknowledged acts on nothing
  // ok: missing-auth
  // ok: unverified-webhook
  fastify.post('/webhooks/sms/receipts', async (request, reply) => {
    request.log.info({ receipt: request.body }, 'sms receipt');
    return reply.code(204).send();
  });
}
