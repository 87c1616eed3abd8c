import type { Plugin } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { caller, loadClient } from '../lib/scope.js';
import { clientPayload, id } from '../lib/validation.js';
import { Client, Invoice, MealPlan } from '../models/index.js';

export const clientsPlugin: Plugin<void> = {
  name: 'clients',
  async register(server) {
    server.route([
      // ok: missing-auth, unscoped-tenant-query
      {
        method: 'GET',
        path: '/',
        handler: async (request) => {
          const { practiceId } = caller(request);
          return Client.findAll({ where: { practiceId }, order: [['fullName', 'ASC']] });
        },
      },
      // ok: missing-auth, missing-input-validation
      {
        method: 'POST',
        path: '/',
        options: { validate: { payload: clientPayload } },
        handler: async (request, h) => {
          const { practiceId } = caller(request);
          const client = await Client.create({ ...(request.payload as object), practiceId });
          return h.response(client).code(201);
        },
      },
      // ok: missing-auth, unscoped-tenant-query
      {
        method: 'GET',
        path: '/{clientId}',
        options: { validate: { params: Joi.object({ clientId: id }) } },
        handler: async (request) => {
          const { practiceId } = caller(request);
          const client = await Client.findOne({ where: { id: request.params.clientId, practiceId } });
          if (!client) throw Boom.notFound();
          return client;
        },
      },
      // ok: missing-auth, missing-input-validation, unscoped-tenant-query
      {
        method: 'PATCH',
        path: '/{clientId}',
        options: { validate: { params: Joi.object({ clientId: id }), payload: clientPayload } },
        handler: async (request) => {
          const { practiceId } = caller(request);
          // ok: unscoped-tenant-query
          const client = await Client.findByPk(request.params.clientId);
          if (!client || client.practiceId !== practiceId) throw Boom.notFound();
          await client.update(request.payload as object);
          return client;
        },
      },
      // expect: missing-input-validation
      {
        method: 'PUT',
        path: '/{clientId}/notes',
        handler: async (request, h) => {
          const { practiceId } = caller(request);
          const { notes } = request.payload as { notes: string };
          await Client.update({ notes }, { where: { id: request.params.clientId, practiceId } });
          return h.response().code(204);
        },
      },
      {
        method: 'GET',
        path: '/{clientId}/invoices',
        handler: async (request) => {
          // expect: unscoped-tenant-query
          return Invoice.findAll({ where: { clientId: request.params.clientId }, order: [['createdAt', 'DESC']] });
        },
      },
      {
        method: 'GET',
        path: '/{clientId}/plans',
        options: { pre: [{ method: loadClient, assign: 'client' }] },
        handler: async (request) => {
          // ok: unscoped-tenant-query
          return MealPlan.findAll({ where: { clientId: request.pre.client.id } });
        },
      },
      // ok: missing-role-check
      {
        method: 'DELETE',
        path: '/{clientId}',
        options: { auth: { scope: ['owner', 'admin'] } },
        handler: async (request, h) => {
          const { practiceId } = caller(request);
          // ok: unscoped-tenant-query
          await Client.destroy({ where: { id: request.params.clientId, practiceId } });
          return h.response().code(204);
        },
      },
      // expect: missing-rate-limit
      {
        method: 'GET',
        path: '/export.csv',
        handler: async (request, h) => {
          const { practiceId } = caller(request);
          const rows = await Client.findAll({ where: { practiceId }, raw: true });
          const csv = ['id,fullName,email', ...rows.map((r: any) => `${r.id},${r.fullName},${r.email ?? ''}`)].join('\n');
          return h.response(csv).type('text/csv').header('Content-Disposition', 'attachment; filename="clients.csv"');
        },
      },
    ]);
  },
};
