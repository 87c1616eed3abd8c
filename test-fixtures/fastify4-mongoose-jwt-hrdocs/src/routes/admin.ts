import type { FastifyPluginAsync } from 'fastify';
import { User, ROLES } from '../models/User.js';
import { Employee } from '../models/Employee.js';

const adminRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // expect: missing-role-check
  fastify.get('/users', async (request) => {
    // ok: unscoped-tenant-query
    return User.find({ company: request.user.company }).select('email name role createdAt').lean();
  });

  // ok: missing-role-check, missing-input-validation
  fastify.patch<{ Params: { id: string }; Body: { role: string } }>(
    '/users/:id/role',
    {
      preHandler: fastify.requireRole('owner'),
      schema: {
        body: {
          type: 'object',
          required: ['role'],
          additionalProperties: false,
          properties: { role: { type: 'string', enum: [...ROLES] } },
        },
      },
    },
    async (request, reply) => {
      // ok: unscoped-tenant-query
      const user = await User.findOneAndUpdate({ _id: request.params.id, company: request.user.company }, { role: request.body.role }, { new: true });
      if (!user) return reply.code(404).send({ error: 'Not found' });
      return { id: user.id, role: user.role };
    },
  );

  // ok: missing-role-check, missing-rate-limit
  fastify.get('/export.csv', { preHandler: fastify.requireRole('owner', 'hr_admin'), config: { rateLimit: { max: 2, timeWindow: '1 minute' } } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const employees = await Employee.find({ company: request.user.company }).lean();
    const rows = employees.map((e) => [e.firstName, e.lastName, e.email, e.department ?? '', e.status].join(','));
    reply.header('Content-Type', 'text/csv').header('Content-Disposition', 'attachment; filename="employees.csv"');
    return ['first_name,last_name,email,department,status', ...rows].join('\n');
  });
};

export default adminRoutes;
