import type { Plugin, Request } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Attachment, Result, Sample } from '../models';
import type { Credentials } from '../lib/auth';

const creds = (request: Request) => request.auth.credentials as unknown as Credentials;

const SampleInput = Joi.object({
  barcode: Joi.string().max(64).required(),
  patient_ref: Joi.string().max(64).required(),
  test_type_id: Joi.number().integer().required(),
  collected_at: Joi.date().iso(),
});

export const samplesPlugin: Plugin<void> = {
  name: 'samples',
  register(server) {
    // ok: missing-auth
    server.route({
      method: 'GET',
      path: '/',
      options: { validate: { query: Joi.object({ status: Joi.string().valid('received', 'in_progress', 'reported') }) } },
      handler: async (request) => {
        // ok: unscoped-tenant-query
        const q = Sample.query().where('lab_id', creds(request).labId).orderBy('created_at', 'desc').limit(200);
        if (request.query.status) q.where('status', request.query.status as string);
        return q;
      },
    });

    // ok: missing-input-validation
    server.route({
      method: 'POST',
      path: '/',
      options: { validate: { payload: SampleInput } },
      handler: async (request, h) => {
        const sample = await Sample.query().insert({ ...(request.payload as object), lab_id: creds(request).labId, status: 'received' });
        return h.response(sample).code(201);
      },
    });

    server.route({
      method: 'GET',
      path: '/{id}',
      handler: async (request) => {
        // expect: unscoped-tenant-query
        const sample = await Sample.query().findById(request.params.id).withGraphFetched('results');
        if (!sample) throw Boom.notFound();
        return sample;
      },
    });

    // expect: missing-input-validation
    server.route({
      method: 'PATCH',
      path: '/{id}',
      handler: async (request) => {
        // ok: unscoped-tenant-query
        const updated = await Sample.query()
          .patch(request.payload as Partial<Sample>)
          .where({ id: request.params.id, lab_id: creds(request).labId });
        if (!updated) throw Boom.notFound();
        return { updated };
      },
    });

    server.route({
      method: 'DELETE',
      path: '/{id}',
      handler: async (request, h) => {
        // ok: unscoped-tenant-query
        const sample = await Sample.query().findById(request.params.id);
        if (!sample || sample.lab_id !== creds(request).labId) throw Boom.notFound();
        // ok: unscoped-tenant-query
        await Result.query().delete().where('sample_id', sample.id);
        await sample.$query().delete();
        return h.response().code(204);
      },
    });

    server.route({
      method: 'GET',
      path: '/{id}/results',
      handler: async (request) => {
        // ok: unscoped-tenant-query
        const sample = await Sample.query().findOne({ id: request.params.id, lab_id: creds(request).labId });
        if (!sample) throw Boom.notFound();
        // ok: unscoped-tenant-query
        return Result.query().where('sample_id', sample.id);
      },
    });

    // expect: missing-rate-limit
    // ok: missing-input-validation
    server.route({
      method: 'POST',
      path: '/{id}/attachments',
      options: {
        // expect: unrestricted-upload
        payload: { output: 'stream', parse: true, multipart: true, maxBytes: 500 * 1024 * 1024 },
      },
      handler: async (request, h) => {
        // ok: unscoped-tenant-query
        const sample = await Sample.query().findOne({ id: request.params.id, lab_id: creds(request).labId });
        if (!sample) throw Boom.notFound();
        const { file } = request.payload as { file: NodeJS.ReadableStream & { hapi: { filename: string } } };
        const target = path.join('/var/labtrack/uploads', `${sample.id}-${Date.now()}-${path.basename(file.hapi.filename)}`);
        await pipeline(file, fs.createWriteStream(target));
        const attachment = await Attachment.query().insert({ lab_id: sample.lab_id, sample_id: sample.id, path: target, filename: file.hapi.filename });
        return h.response(attachment).code(201);
      },
    });
  },
};
