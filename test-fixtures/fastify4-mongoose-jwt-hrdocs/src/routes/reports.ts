import type { FastifyPluginAsync } from 'fastify';
import { Types } from 'mongoose';
import { Employee } from '../models/Employee.js';

const reportRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.public) return;
    await fastify.authenticate(request, reply);
  });

  // careers page widget: headcount by department
  // expect: missing-auth
  fastify.get<{ Querystring: { company: string } }>('/headcount', { config: { public: true } }, async (request) => {
    return Employee.aggregate([
      { $match: { company: new Types.ObjectId(request.query.company), status: 'active' } },
      { $group: { _id: '$department', count: { $sum: 1 } } },
    ]);
  });

  // ok: missing-auth
  fastify.get<{ Params: { dept: string } }>('/departments/:dept', async (request) => {
    // expect: unscoped-tenant-query
    return Employee.aggregate([
      { $match: { department: request.params.dept } },
      { $project: { firstName: 1, lastName: 1, title: 1, startDate: 1 } },
    ]);
  });

  // ok: missing-auth
  fastify.get('/tenure', async (request) => {
    // ok: unscoped-tenant-query
    return Employee.find({ status: 'active' }).where('company').equals(request.user.company).select('firstName lastName startDate').lean();
  });
};

export default reportRoutes;
