import type { Plugin, Request } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import crypto from 'node:crypto';
import { Result, Sample } from '../models';
import { knex } from '../db';
import type { Credentials } from '../lib/auth';

const creds = (request: Request) => request.auth.credentials as unknown as Credentials;

export const resultsPlugin: Plugin<void> = {
  name: 'results',
  register(server) {
    // expect: missing-rate-limit
    server.route({
      method: 'GET',
      path: '/export',
      handler: async (request, h) => {
        // ok: unscoped-tenant-query
        const rows = await knex('results')
          .join('samples', 'samples.id', 'results.sample_id')
          .where('results.lab_id', creds(request).labId)
          .select('samples.barcode', 'results.analyte', 'results.value', 'results.unit');
        const csv = ['barcode,analyte,value,unit', ...rows.map((r) => `${r.barcode},${r.analyte},${r.value},${r.unit}`)].join('\n');
        return h.response(csv).type('text/csv').header('content-disposition', 'attachment; filename="results.csv"');
      },
    });

    // ok: missing-input-validation
    server.route({
      method: 'POST',
      path: '/',
      options: {
        auth: { strategy: 'jwt', scope: ['technician', 'pathologist'] },
        validate: {
          payload: Joi.object({
            sample_id: Joi.number().integer().required(),
            analyte: Joi.string().max(80).required(),
            value: Joi.number().required(),
            unit: Joi.string().max(16).required(),
          }),
        },
      },
      handler: async (request, h) => {
        const input = request.payload as { sample_id: number; analyte: string; value: number; unit: string };
        // ok: unscoped-tenant-query
        const sample = await Sample.query().findOne({ id: input.sample_id, lab_id: creds(request).labId });
        if (!sample) throw Boom.badRequest('Unknown sample');
        try {
          const result = await Result.query().insert({ ...input, lab_id: sample.lab_id });
          return h.response(result).code(201);
        } catch (err: any) {
          request.log(['error'], err);
          // expect: error-details-leak
          return h.response({ error: 'Could not store result', reason: err.message }).code(500);
        }
      },
    });

    server.route({
      method: 'POST',
      path: '/{id}/share',
      options: { auth: { strategy: 'jwt', scope: ['pathologist'] } },
      handler: async (request) => {
        // expect: unscoped-tenant-query
        const result = await Result.query().patchAndFetchById(request.params.id, {
          share_token: crypto.randomBytes(24).toString('hex'),
        });
        if (!result) throw Boom.notFound();
        return { url: `/api/results/shared/${result.share_token}` };
      },
    });

    server.route({
      method: 'GET',
      path: '/by-sample/{sampleId}',
      handler: async (request) => {
        // expect: unscoped-tenant-query
        return Sample.relatedQuery('results').for(request.params.sampleId).orderBy('analyte');
      },
    });

    // ok: missing-auth
    server.route({
      method: 'GET',
      path: '/shared/{token}',
      options: { auth: false },
      handler: async (request) => {
        // ok: unscoped-tenant-query
        const result = await Result.query().findOne({ share_token: request.params.token });
        if (!result) throw Boom.notFound();
        return { analyte: result.analyte, value: result.value, unit: result.unit };
      },
    });

    server.route({
      method: 'PUT',
      path: '/{id}/approve',
      options: { auth: { strategy: 'jwt', scope: ['pathologist'] } },
      handler: async (request) => {
        try {
          // ok: unscoped-tenant-query
          const n = await Result.query()
            .patch({ approved_by: creds(request).userId })
            .where({ id: request.params.id, lab_id: creds(request).labId });
          if (!n) throw Boom.notFound();
          return { approved: true };
        } catch (err: any) {
          if (Boom.isBoom(err)) throw err;
          // ok: error-details-leak
          throw Boom.badImplementation(err.message);
        }
      },
    });
  },
};
