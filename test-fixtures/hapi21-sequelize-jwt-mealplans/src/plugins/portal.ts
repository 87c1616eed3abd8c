import type { Plugin } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import jwt from 'jsonwebtoken';
import { config } from '../config.js';
import { Client, MealPlan } from '../models/index.js';

// the client-facing portal: clients open a magic link mailed by their dietitian
export const portalPlugin: Plugin<void> = {
  name: 'client-portal',
  async register(server) {
    // ok: missing-auth, missing-rate-limit
    server.route({
      method: 'POST',
      path: '/magic-link/verify',
      options: {
        auth: false,
        plugins: { 'hapi-rate-limit': { enabled: true, userPathLimit: 5 } },
        validate: { payload: Joi.object({ token: Joi.string().max(2048).required() }) },
      },
      handler: async (request, h) => {
        const { token } = request.payload as { token: string };
        let claims: { clientId: number; practiceId: number };
        try {
          claims = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] }) as typeof claims;
        } catch {
          throw Boom.unauthorized('Link expired');
        }
        const portalToken = jwt.sign({ clientId: claims.clientId, practiceId: claims.practiceId, kind: 'portal' }, config.jwtSecret, {
          algorithm: 'HS256',
          expiresIn: '7d',
        });
        // expect: insecure-cookie
        return h.response({ ok: true }).state('mp_portal_session', portalToken, {
          isHttpOnly: true,
          isSecure: false,
          isSameSite: false,
          path: '/',
        });
      },
    });

    // ok: missing-auth
    server.route({
      method: 'GET',
      path: '/my-plans',
      options: { auth: false },
      handler: async (request) => {
        const raw = request.state.mp_portal_session;
        if (!raw) throw Boom.unauthorized();
        const claims = jwt.verify(raw, config.jwtSecret, { algorithms: ['HS256'] }) as { clientId: number; practiceId: number };
        // ok: unscoped-tenant-query
        return MealPlan.findAll({ where: { clientId: claims.clientId, practiceId: claims.practiceId, status: 'published' } });
      },
    });

    // ok: missing-auth, missing-input-validation
    server.route({
      method: 'PUT',
      path: '/my-profile',
      options: {
        auth: false,
        validate: { payload: Joi.object({ allergies: Joi.array().items(Joi.string().max(40)).max(30) }) },
      },
      handler: async (request) => {
        const raw = request.state.mp_portal_session;
        if (!raw) throw Boom.unauthorized();
        const claims = jwt.verify(raw, config.jwtSecret, { algorithms: ['HS256'] }) as { clientId: number; practiceId: number };
        const { allergies } = request.payload as { allergies: string[] };
        // ok: unscoped-tenant-query
        await Client.update({ allergies }, { where: { id: claims.clientId, practiceId: claims.practiceId } });
        return { ok: true };
      },
    });
  },
};
