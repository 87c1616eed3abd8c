import type { FastifyPluginAsync } from 'fastify';
import { HrDocument } from '../models/Document.js';
import { Employee } from '../models/Employee.js';
import { verifyHmacSignature } from '../lib/hmac.js';
import { config } from '../config.js';

const webhookRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    done(null, body);
  });

  // ok: unverified-webhook, missing-auth
  fastify.post('/esign', async (request, reply) => {
    const raw = request.body as string;
    if (!verifyHmacSignature(raw, request.headers['x-esign-signature'] as string | undefined, config.esignWebhookSecret)) {
      return reply.code(401).send({ error: 'Invalid signature' });
    }
    const event = JSON.parse(raw) as { type: string; envelopeId: string };
    if (event.type === 'envelope.completed') {
      await HrDocument.updateOne({ envelopeId: event.envelopeId }, { signatureStatus: 'signed' });
    }
    return { received: true };
  });

  // expect: unverified-webhook
  fastify.post('/payroll', async (request) => {
    const event = JSON.parse(request.body as string) as { event: string; employeeId: string; status: string };
    if (event.event === 'employee.status_changed') {
      await Employee.updateOne({ externalPayrollId: event.employeeId }, { status: event.status });
    }
    return { received: true };
  });
};

export default webhookRoutes;
