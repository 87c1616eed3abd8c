import type { Plugin, Request } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { db } from '../db';
import type { ClinicCredentials } from '../lib/credentials';

// route prerequisite: only clinic admins get past it
async function requireClinicAdmin(request: Request) {
  const { scope, userId } = request.auth.credentials as unknown as ClinicCredentials;
  if (!scope.includes('admin')) {
    throw Boom.forbidden('Clinic admins only');
  }
  return userId;
}

export const plugin: Plugin<void> = {
  name: 'clinic-admin',
  version: '1.0.0',
  register: async (server) => {
    server.route([
      // ok: missing-role-check
      {
        method: 'GET',
        path: '/users',
        options: { auth: { scope: ['admin'] } },
        handler: async (request) => {
          const { clinicId } = request.auth.credentials as unknown as ClinicCredentials;
          return db('users').where({ clinic_id: clinicId }).select('id', 'email', 'role', 'disabled');
        },
      },
      // ok: missing-role-check
      {
        method: 'POST',
        path: '/users/{id}/role',
        options: {
          auth: { access: { scope: '+admin' } },
          validate: {
            params: Joi.object({ id: Joi.string().uuid() }),
            payload: Joi.object({ role: Joi.string().valid('admin', 'doctor', 'reception').required() }),
          },
        },
        handler: async (request, h) => {
          const { clinicId } = request.auth.credentials as unknown as ClinicCredentials;
          const { role } = request.payload as { role: string };
          // ok: unscoped-tenant-query
          await db('users').where({ id: request.params.id, clinic_id: clinicId }).update({ role });
          return h.response().code(204);
        },
      },
      // Added during an incident; nobody put the scope back.
      // expect: missing-role-check
      {
        method: 'DELETE',
        path: '/users/{id}',
        handler: async (request, h) => {
          const { clinicId } = request.auth.credentials as unknown as ClinicCredentials;
          // ok: unscoped-tenant-query
          await db('users').where({ id: request.params.id, clinic_id: clinicId }).del();
          return h.response().code(204);
        },
      },
      // ok: missing-role-check
      {
        method: 'GET',
        path: '/audit',
        options: {
          pre: [{ method: requireClinicAdmin, assign: 'adminId' }],
        },
        handler: async (request) => {
          const { clinicId } = request.auth.credentials as unknown as ClinicCredentials;
          return db('audit_events').where({ clinic_id: clinicId }).orderBy('created_at', 'desc').limit(500);
        },
      },
    ]);
  },
};
