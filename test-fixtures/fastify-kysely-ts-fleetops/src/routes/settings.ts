import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import { db } from '../db/index.js';

const refreshCookie = { path: '/api/settings', httpOnly: false, secure: true, sameSite: 'strict' as const, maxAge: 30 * 24 * 3600 };

// Company settings: everyone signed in reads them, admins change them in the nested scope below.
const settingsRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/company', async (request) => {
    return db.selectFrom('companies').select(['id', 'name', 'code']).where('id', '=', request.user.companyId).executeTakeFirst();
  });

  await fastify.register(async (admin) => {
    admin.addHook('preHandler', admin.requireRole('admin'));

    // ok: missing-role-check, missing-input-validation
    admin.put<{ Body: { name: string } }>('/manage/company', { schema: { body: Type.Object({ name: Type.String({ minLength: 2, maxLength: 120 }) }) } }, async (request) => {
      await db.updateTable('companies').set({ name: request.body.name }).where('id', '=', request.user.companyId).execute();
      return { ok: true };
    });

    // ok: missing-role-check
    admin.post('/manage/remember-device', async (request, reply) => {
      const token = await reply.jwtSign({ sub: request.user.sub, companyId: request.user.companyId, role: request.user.role }, { expiresIn: '30d' });
      // expect: insecure-cookie
      reply.setCookie('fo_refresh', token, refreshCookie);
      return { ok: true };
    });
  });

  // expect: missing-role-check
  fastify.delete('/manage/api-keys', async (request) => {
    try {
      await db.deleteFrom('api_keys').where('company_id', '=', request.user.companyId).execute();
      return { ok: true };
    } catch (err) {
      // expect: error-details-leak
      return { ok: false, error: (err as Error).message };
    }
  });

  fastify.get('/whoami', async (request) => {
    // expect: insecure-jwt
    const claims = request.jwtDecode<{ sub: number; role: string }>();
    return claims;
  });
};

export default settingsRoutes;
