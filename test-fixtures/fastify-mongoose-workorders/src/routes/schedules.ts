import type { FastifyPluginAsync } from 'fastify';
import { WorkOrder } from '../models/WorkOrder.js';

// Technician schedules: auth runs at preValidation (as in the @fastify/jwt README).
const scheduleRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.get('/mine', { preValidation: [fastify.authenticate] }, async (request) => {
    // ok: unscoped-tenant-query
    return WorkOrder.find({ company: request.user.company, assignee: request.user.sub }).sort({ createdAt: 1 });
  });

  // ok: missing-auth
  fastify.get('/technicians/:userId', { preValidation: fastify.authenticate }, async (request) => {
    const { userId } = request.params as { userId: string };
    // ok: unscoped-tenant-query
    return WorkOrder.find({ company: request.user.company, assignee: userId });
  });

  fastify.register(async (team) => {
    team.addHook('preValidation', team.authenticate);

    // ok: missing-auth
    team.get('/board', async (request) => {
      // ok: unscoped-tenant-query
      return WorkOrder.find({ company: request.user.company, status: { $ne: 'done' } }).limit(500);
    });
  });

  // expect: missing-auth
  fastify.get('/technicians/:userId/today', async (request) => {
    const { userId } = request.params as { userId: string };
    return WorkOrder.find({ assignee: userId, status: { $in: ['assigned', 'in_progress'] } }).select('title customerPhone');
  });
};

export default scheduleRoutes;
