import type { Plugin } from '@hapi/hapi';
import Boom from '@hapi/boom';
import crypto from 'node:crypto';
import { config } from '../config';
import { Result, Sample, Lab } from '../models';

function verifyInstrumentSignature(raw: Buffer, signature: string | undefined) {
  if (!signature || !config.instrumentWebhookSecret) return false;
  const expected = crypto.createHmac('sha256', config.instrumentWebhookSecret).update(raw).digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

export const integrationsPlugin: Plugin<void> = {
  name: 'integrations',
  register(server) {
    // ok: unverified-webhook, missing-auth, missing-input-validation
    server.route({
      method: 'POST',
      path: '/webhooks/instrument',
      options: { auth: false, payload: { output: 'data', parse: false } },
      handler: async (request, h) => {
        const raw = request.payload as Buffer;
        if (!verifyInstrumentSignature(raw, request.headers['x-instrument-signature'] as string | undefined)) {
          throw Boom.unauthorized('bad signature');
        }
        const reading = JSON.parse(raw.toString('utf8')) as { barcode: string; labId: number; analyte: string; value: number; unit: string };
        const sample = await Sample.query().findOne({ barcode: reading.barcode, lab_id: reading.labId });
        if (!sample) return h.response().code(202);
        await Result.query().insert({ lab_id: sample.lab_id, sample_id: sample.id, analyte: reading.analyte, value: reading.value, unit: reading.unit });
        return h.response().code(204);
      },
    });

    // expect: unverified-webhook
    // ok: missing-auth, missing-input-validation
    server.route({
      method: 'POST',
      path: '/webhooks/billing',
      options: { auth: false },
      handler: async (request, h) => {
        const event = request.payload as { type: string; data: { labId: number; plan: string } };
        if (event.type === 'subscription.updated') {
          await Lab.query().patch({ plan: event.data.plan } as any).where('id', event.data.labId);
        }
        return h.response().code(204);
      },
    });
  },
};
