import type { Plugin } from '@hapi/hapi';
import Boom from '@hapi/boom';
import HapiJwt from '@hapi/jwt';
import Joi from 'joi';
import { Client, MealPlan } from '../models/index.js';

interface PartnerCredentials {
  partnerId: string;
  practiceId: number;
}

// grocery-delivery partners read published plans of the practices that linked them
export const partnerPlugin: Plugin<void> = {
  name: 'partner-api',
  async register(server) {
    await server.register(HapiJwt);
    server.auth.strategy('partner', 'jwt', {
      // expect: insecure-jwt
      keys: process.env.PARTNER_JWT_KEY ?? 'partner-api-local-key',
      verify: { aud: 'mealplans-partners', iss: false, sub: false, nbf: true, exp: true, maxAgeSec: 3600 },
      validate: (artifacts: { decoded: { payload: PartnerCredentials } }) => ({
        isValid: true,
        credentials: { partnerId: artifacts.decoded.payload.partnerId, practiceId: artifacts.decoded.payload.practiceId },
      }),
    });

    // ok: missing-auth
    server.route({
      method: 'GET',
      path: '/plans',
      options: { auth: 'partner' },
      handler: async (request) => {
        const { practiceId } = request.auth.credentials as unknown as PartnerCredentials;
        // ok: unscoped-tenant-query
        return MealPlan.findAll({ where: { practiceId, status: 'published' }, attributes: ['id', 'title', 'days'] });
      },
    });

    // expect: missing-input-validation
    server.route({
      method: 'POST',
      path: '/clients/{clientId}/delivery-address',
      options: {
        auth: 'partner',
        validate: {
          payload: Joi.object({ line1: Joi.string().max(120).required(), postcode: Joi.string().max(12).required() }),
          failAction: 'log',
        },
      },
      handler: async (request) => {
        const { practiceId } = request.auth.credentials as unknown as PartnerCredentials;
        const { line1, postcode } = request.payload as { line1: string; postcode: string };
        // ok: unscoped-tenant-query
        const client = await Client.findOne({ where: { id: request.params.clientId, practiceId } });
        if (!client) throw Boom.notFound();
        client.notes = `${client.notes ?? ''}\nDelivery: ${line1}, ${postcode}`;
        await client.save();
        return { ok: true };
      },
    });
  },
};
