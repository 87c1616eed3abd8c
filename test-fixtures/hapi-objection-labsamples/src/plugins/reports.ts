import type { Plugin, Request } from '@hapi/hapi';
import Boom from '@hapi/boom';
import { knex } from '../db';
import type { Credentials } from '../lib/auth';

const reportsController = {
  async monthly(request: Request) {
    const { labId } = request.auth.credentials as unknown as Credentials;
    // ok: unscoped-tenant-query
    return knex('samples')
      .where('lab_id', labId)
      .select(knex.raw("date_trunc('month', created_at) as month"))
      .count('id as n')
      .groupByRaw('1');
  },

  async byPatient(request: Request) {
    // expect: unscoped-tenant-query
    return knex('samples').where({ patient_ref: request.query.patientRef }).orderBy('created_at', 'desc');
  },
};

export const reportsPlugin: Plugin<void> = {
  name: 'reports',
  register(server) {
    server.route({ method: 'GET', path: '/monthly', handler: reportsController.monthly });
    server.route({ method: 'GET', path: '/by-patient', handler: reportsController.byPatient });

    // ok: missing-auth
    server.route({
      method: 'GET',
      path: '/turnaround',
      options: { auth: { mode: 'optional' } },
      handler: async (request) => {
        if (!request.auth.isAuthenticated) throw Boom.unauthorized('Sign in to see turnaround times');
        const { labId } = request.auth.credentials as unknown as Credentials;
        // ok: unscoped-tenant-query
        return knex('results').where('lab_id', labId).avg({ hours: knex.raw('extract(epoch from (updated_at - created_at)) / 3600') });
      },
    });
  },
};
