import type { Plugin } from '@hapi/hapi';
import { db } from '../db';
import type { ClinicCredentials } from '../lib/credentials';

const reportsPlugin: Plugin<void> = {
  name: 'reports',
  register: async (server) => {
    server.route({
      method: 'GET',
      path: '/appointments',
      handler: async (request) => {
        const { clinicId } = request.auth.credentials as unknown as ClinicCredentials;
        const from = String(request.query.from ?? '1970-01-01');
        return db('appointments').where({ clinic_id: clinicId }).where('starts_at', '>=', from).count('* as total');
      },
    });

    // expect: missing-rate-limit
    server.route({
      method: 'GET',
      path: '/patients/export.csv',
      options: { auth: { scope: ['admin', 'doctor'] } },
      handler: async (request, h) => {
        const { clinicId } = request.auth.credentials as unknown as ClinicCredentials;
        const rows = await db('patients').where({ clinic_id: clinicId }).select('first_name', 'last_name', 'birth_date', 'phone');
        const csv = rows.map((r) => [r.first_name, r.last_name, r.birth_date, r.phone].join(',')).join('\n');
        return h.response(csv).type('text/csv').header('content-disposition', 'attachment; filename="patients.csv"');
      },
    });
  },
};

export default reportsPlugin;
