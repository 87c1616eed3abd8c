import type { Plugin, Request } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { User } from '../models';
import { requireLabAdmin, type Credentials } from '../lib/auth';

const creds = (request: Request) => request.auth.credentials as unknown as Credentials;

export const adminPlugin: Plugin<void> = {
  name: 'admin',
  register(server) {
    // ok: missing-role-check
    server.route({
      method: 'GET',
      path: '/users',
      options: { auth: { strategy: 'jwt', access: { scope: ['lab_admin'] } } },
      handler: async (request) => {
        // ok: unscoped-tenant-query
        return User.query().where('lab_id', creds(request).labId).select('id', 'email', 'role');
      },
    });

    // expect: missing-role-check
    // ok: missing-input-validation
    server.route({
      method: 'PUT',
      path: '/users/{id}/role',
      options: {
        validate: { payload: Joi.object({ role: Joi.string().valid('technician', 'pathologist', 'lab_admin').required() }) },
      },
      handler: async (request) => {
        const { role } = request.payload as { role: Credentials['role'] };
        // ok: unscoped-tenant-query
        const n = await User.query().patch({ role }).where({ id: request.params.id, lab_id: creds(request).labId });
        if (!n) throw Boom.notFound();
        return { id: Number(request.params.id), role };
      },
    });

    // ok: missing-role-check
    server.route({
      method: 'DELETE',
      path: '/users/{id}',
      options: { pre: [{ method: requireLabAdmin }] },
      handler: async (request, h) => {
        if (Number(request.params.id) === creds(request).userId) throw Boom.badRequest('Cannot delete yourself');
        // ok: unscoped-tenant-query
        await User.query().delete().where({ id: request.params.id, lab_id: creds(request).labId });
        return h.response().code(204);
      },
    });
  },
};
