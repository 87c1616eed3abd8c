import type { Plugin } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { caller } from '../lib/scope.js';
import { logger } from '../lib/logger.js';
import { id, mealPlanPayload } from '../lib/validation.js';
import { Client, MealPlan } from '../models/index.js';

const planParams = Joi.object({ planId: id });

export const mealPlansPlugin: Plugin<void> = {
  name: 'meal-plans',
  async register(server) {
    // ok: missing-auth, missing-input-validation
    server.route({
      method: 'POST',
      path: '/',
      options: { validate: { payload: mealPlanPayload } },
      handler: async (request, h) => {
        const { practiceId } = caller(request);
        const payload = request.payload as { clientId: number; title: string; days: unknown[] };
        // ok: unscoped-tenant-query
        const client = await Client.findOne({ where: { id: payload.clientId, practiceId } });
        if (!client) throw Boom.badRequest('Unknown client');
        const plan = await MealPlan.create({ ...payload, practiceId });
        return h.response(plan).code(201);
      },
    });

    // ok: missing-auth
    server.route({
      method: 'GET',
      path: '/{planId}',
      options: { validate: { params: planParams } },
      handler: async (request) => {
        const { practiceId } = caller(request);
        // ok: unscoped-tenant-query
        const plan = await MealPlan.findOne({ where: { id: request.params.planId, practiceId } });
        if (!plan) throw Boom.notFound();
        return plan;
      },
    });

    // ok: missing-input-validation
    server.route({
      method: 'PUT',
      path: '/{planId}',
      options: { validate: { params: planParams, payload: mealPlanPayload.fork(['clientId'], (s) => s.optional()) } },
      handler: async (request) => {
        const { title, days } = request.payload as { title: string; days: unknown[] };
        // expect: unscoped-tenant-query
        await MealPlan.update({ title, days }, { where: { id: request.params.planId } });
        return { ok: true };
      },
    });

    // ok: missing-input-validation
    server.route({
      method: 'POST',
      path: '/{planId}/publish',
      options: { validate: { params: planParams } },
      handler: async (request) => {
        const { practiceId } = caller(request);
        // ok: unscoped-tenant-query
        const plan = await MealPlan.findByPk(request.params.planId);
        if (!plan || plan.practiceId !== practiceId) throw Boom.notFound();
        plan.status = 'published';
        await plan.save();
        return plan;
      },
    });

    server.route({
      method: 'POST',
      path: '/{planId}/duplicate',
      options: { validate: { params: planParams } },
      handler: async (request, h) => {
        const { practiceId } = caller(request);
        try {
          // ok: unscoped-tenant-query
          const source = await MealPlan.findOne({ where: { id: request.params.planId, practiceId } });
          if (!source) throw Boom.notFound();
          const copy = await MealPlan.create({
            practiceId,
            clientId: source.clientId,
            title: `${source.title} (copy)`,
            days: source.days,
          });
          return h.response(copy).code(201);
        } catch (err) {
          if (Boom.isBoom(err)) throw err;
          logger.error({ err }, 'duplicate failed');
          // expect: error-details-leak
          return h.response({ message: 'Could not duplicate plan', detail: (err as Error).message }).code(500);
        }
      },
    });

    // expect: missing-auth
    server.route({
      method: 'GET',
      path: '/{planId}/print',
      options: { auth: { mode: 'optional' }, validate: { params: planParams } },
      handler: async (request) => {
        const plan = await MealPlan.findOne({ where: { id: request.params.planId }, include: [Client] });
        if (!plan) throw Boom.notFound();
        return { title: plan.title, days: plan.days };
      },
    });

    // ok: missing-auth, missing-role-check
    server.route({
      method: 'DELETE',
      path: '/{planId}',
      options: { auth: { scope: ['owner'] }, validate: { params: planParams } },
      handler: async (request, h) => {
        const { practiceId } = caller(request);
        try {
          // ok: unscoped-tenant-query
          await MealPlan.destroy({ where: { id: request.params.planId, practiceId } });
          return h.response().code(204);
        } catch (err) {
          // ok: error-details-leak
          throw Boom.badImplementation((err as Error).message);
        }
      },
    });
  },
};
