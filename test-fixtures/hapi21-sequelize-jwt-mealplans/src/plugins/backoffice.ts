import type { Plugin } from '@hapi/hapi';
import HapiCookie from '@hapi/cookie';
import Boom from '@hapi/boom';
import bcrypt from 'bcryptjs';
import Joi from 'joi';
import { Practice, User } from '../models/index.js';

// the support team's back office: server-rendered, cookie sessions
export const backofficePlugin: Plugin<void> = {
  name: 'backoffice',
  async register(server) {
    await server.register(HapiCookie);
    // expect: insecure-cookie
    server.auth.strategy('backoffice', 'cookie', {
      cookie: {
        name: 'mp_backoffice_sid',
        // expect: hardcoded-secret
        password: process.env.BACKOFFICE_COOKIE_PASSWORD ?? 'local-backoffice-cookie-password-0123456789',
        isSecure: false,
        path: '/backoffice',
      },
      redirectTo: '/backoffice/login',
      validate: async (_request: unknown, session: { id: number }) => {
        const user = await User.findByPk(session.id);
        return user && user.role === 'admin' ? { isValid: true, credentials: { id: user.id, role: user.role, scope: ['support'] } } : { isValid: false };
      },
    });

    // ok: missing-auth, missing-rate-limit
    server.route({
      method: 'POST',
      path: '/login',
      options: {
        auth: false,
        plugins: { 'hapi-rate-limit': { enabled: true, userPathLimit: 5 } },
        validate: { payload: Joi.object({ email: Joi.string().email().required(), password: Joi.string().required() }) },
      },
      handler: async (request, h) => {
        const { email, password } = request.payload as { email: string; password: string };
        const user = await User.findOne({ where: { email, role: 'admin' } });
        if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw Boom.unauthorized();
        request.cookieAuth.set({ id: user.id });
        return h.redirect('/backoffice');
      },
    });

    // ok: missing-auth, missing-role-check, unscoped-tenant-query
    server.route({
      method: 'GET',
      path: '/practices',
      options: { auth: { strategy: 'backoffice', scope: ['support'] } },
      handler: async () => Practice.findAll({ attributes: ['id', 'name', 'plan'] }),
    });

    // expect: missing-role-check
    server.route({
      method: 'POST',
      path: '/users/{userId}/impersonate',
      options: { auth: 'backoffice', validate: { params: Joi.object({ userId: Joi.number().integer().required() }) } },
      handler: async (request, h) => {
        const target = await User.findByPk(request.params.userId);
        if (!target) throw Boom.notFound();
        request.cookieAuth.set({ id: target.id, impersonatedBy: (request.auth.credentials as { id: number }).id });
        return h.redirect('/');
      },
    });
  },
};
