import type { Plugin, Request, ServerRoute } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { QueryTypes } from 'sequelize';
import { sequelize } from '../lib/db.js';
import { caller } from '../lib/scope.js';
import { Client, Invoice, MealPlan } from '../models/index.js';

// route pre-method: the practice of the path must be the caller's
function samePractice(request: Request) {
  if (Number(request.params.practiceId) !== caller(request).practiceId) throw Boom.forbidden();
  return true;
}

const reportRoutes: ServerRoute[] = [
  // ok: missing-auth
  {
    method: 'GET',
    path: '/practices/{practiceId}/clients',
    options: { pre: [{ method: samePractice }] },
    handler: async (request) => {
      // ok: unscoped-tenant-query
      return Client.findAll({ where: { practiceId: request.params.practiceId } });
    },
  },
  // ok: missing-auth
  {
    method: 'GET',
    path: '/revenue/{invoiceId}',
    handler: async (request) => {
      // expect: unscoped-tenant-query
      const rows = await sequelize.query('SELECT id, amount_cents, status FROM invoices WHERE id = :id', {
        replacements: { id: request.params.invoiceId },
        type: QueryTypes.SELECT,
      });
      if (!rows.length) throw Boom.notFound();
      return rows[0];
    },
  },
  // ok: missing-auth
  {
    method: 'GET',
    path: '/plans-by-client/{clientId}',
    handler: async (request) => {
      const { practiceId } = caller(request);
      // ok: unscoped-tenant-query
      return MealPlan.findAll({
        where: { clientId: request.params.clientId },
        include: [{ model: Client, where: { practiceId } }],
      });
    },
  },
  // ok: missing-auth
  {
    method: 'GET',
    path: '/plan-detail/{planId}',
    handler: async (request) => {
      const { practiceId } = caller(request);
      // ok: unscoped-tenant-query
      const plan = await MealPlan.findByPk(request.params.planId, { include: [{ model: Client, where: { practiceId } }] });
      if (!plan) throw Boom.notFound();
      return plan;
    },
  },
  // ok: missing-auth
  {
    method: 'GET',
    path: '/outstanding',
    options: { auth: { mode: 'try' } },
    handler: async (request) => {
      if (!request.auth.isAuthenticated) throw Boom.unauthorized();
      const { practiceId } = caller(request);
      // ok: unscoped-tenant-query
      return Invoice.findAll({ where: { practiceId, status: 'open' } });
    },
  },
  // ok: missing-role-check
  {
    method: 'GET',
    path: '/admin/all-invoices',
    options: { auth: { strategy: 'jwt', access: { scope: ['owner'] } } },
    handler: async (request) => {
      const { practiceId } = caller(request);
      // ok: unscoped-tenant-query
      return Invoice.findAll({ where: { practiceId } });
    },
  },
  // ok: missing-auth
  {
    method: 'POST',
    path: '/invoices/{invoiceId}/void',
    options: { validate: { params: Joi.object({ invoiceId: Joi.number().integer() }) } },
    handler: async (request, h) => {
      const { practiceId } = caller(request);
      try {
        // ok: unscoped-tenant-query
        await Invoice.update({ status: 'void' }, { where: { id: request.params.invoiceId, practiceId } });
        return h.response().code(204);
      } catch (err) {
        // expect: error-details-leak
        return h.response({ error: err }).code(500);
      }
    },
  },
];

export const reportsPlugin: Plugin<void> = {
  name: 'reports',
  async register(server) {
    server.route(reportRoutes);

    server.ext('onPreResponse', (request, h) => {
      const response = request.response;
      if (Boom.isBoom(response) && response.output.statusCode >= 500) {
        // expect: token-logging
        request.logger.error({ authorization: request.headers.authorization }, 'request failed');
      }
      return h.continue;
    });
  },
};
