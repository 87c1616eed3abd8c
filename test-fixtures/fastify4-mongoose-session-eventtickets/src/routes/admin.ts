import type { FastifyPluginAsync } from 'fastify';
import { requireOrganizer, requireStaff } from '../lib/auth.js';
import { Organizer } from '../models/Organizer.js';
import { Order } from '../models/Order.js';

const adminRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', requireOrganizer);

  // ok: missing-role-check
  app.get('/organizers', { preHandler: requireStaff }, async () => {
    // ok: unscoped-tenant-query
    return Organizer.find().select('email name role createdAt').lean();
  });

  // expect: missing-role-check
  app.get('/orders', async () => {
    // expect: unscoped-tenant-query
    return Order.find().sort({ createdAt: -1 }).limit(500).lean();
  });

  // ok: missing-role-check, missing-input-validation
  app.post<{ Params: { id: string }; Body: { role: 'organizer' | 'staff' } }>(
    '/organizers/:id/role',
    {
      preHandler: requireStaff,
      schema: { body: { type: 'object', required: ['role'], properties: { role: { enum: ['organizer', 'staff'] } } } },
    },
    async (request) => {
      // ok: unscoped-tenant-query
      return Organizer.findByIdAndUpdate(request.params.id, { role: request.body.role }, { new: true });
    },
  );
};

export default adminRoutes;
