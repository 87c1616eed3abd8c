import type { FastifyInstance } from 'fastify';
import { users } from '../repositories';

export default async function adminRoutes(app: FastifyInstance) {
  app.addHook('onRequest', app.authenticate);

  // expect: missing-role-check
  app.get('/admin/users', async (req) => users.list({ firmId: req.user.firmId }));

  // ok: missing-role-check
  app.get('/admin/partners', { preHandler: app.requirePartner }, async (req) => users.list({ firmId: req.user.firmId, role: 'partner' }));
}
