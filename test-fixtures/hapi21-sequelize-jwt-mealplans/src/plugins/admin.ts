import type { Plugin } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { caller } from '../lib/scope.js';
import { id } from '../lib/validation.js';
import { Invoice, User } from '../models/index.js';

const ROLES = ['owner', 'dietitian', 'assistant'] as const;
const practiceAdmins = { scope: ['owner', 'admin'] };

// practice administration: staff accounts and billing overview of the caller's practice
export const adminPlugin: Plugin<void> = {
  name: 'practice-admin',
  async register(server) {
    server.route([
      // ok: missing-auth, missing-role-check, unscoped-tenant-query
      {
        method: 'GET',
        path: '/users',
        options: { auth: practiceAdmins },
        handler: async (request) =>
          User.findAll({
            where: { practiceId: caller(request).practiceId },
            attributes: ['id', 'email', 'name', 'role'],
          }),
      },
      // ok: missing-role-check, missing-input-validation
      {
        method: 'PATCH',
        path: '/users/{userId}/role',
        options: {
          auth: practiceAdmins,
          validate: {
            params: Joi.object({ userId: id }),
            payload: Joi.object({ role: Joi.string().valid(...ROLES).required() }),
          },
        },
        handler: async (request) => {
          const { role } = request.payload as { role: string };
          // ok: unscoped-tenant-query
          const [count] = await User.update({ role }, { where: { id: request.params.userId, practiceId: caller(request).practiceId } });
          if (!count) throw Boom.notFound();
          return { ok: true };
        },
      },
      // expect: missing-role-check
      {
        method: 'DELETE',
        path: '/users/{userId}',
        options: { validate: { params: Joi.object({ userId: id }) } },
        handler: async (request, h) => {
          const { practiceId, id: me } = caller(request);
          if (request.params.userId === me) throw Boom.badRequest('You cannot remove yourself');
          // ok: unscoped-tenant-query
          await User.destroy({ where: { id: request.params.userId, practiceId } });
          return h.response().code(204);
        },
      },
      // expect: missing-role-check
      {
        method: 'GET',
        path: '/billing/overview',
        handler: async (request) => {
          const { practiceId } = caller(request);
          // ok: unscoped-tenant-query
          const invoices = await Invoice.findAll({ where: { practiceId }, raw: true });
          const outstanding = invoices.filter((i: any) => i.status === 'open').reduce((s: number, i: any) => s + i.amountCents, 0);
          return { count: invoices.length, outstanding };
        },
      },
    ]);
  },
};
