import type { FastifyPluginAsync } from 'fastify';
import { WorkOrder } from '../models/WorkOrder.js';

// The shop-floor kiosk sends the technician's token it got at badge-in.
const kioskRoutes: FastifyPluginAsync = async (fastify) => {
  // (the badge token is only decoded: the route is unauthenticated)
  // expect: missing-auth
  fastify.get('/queue', async (request, reply) => {
    const token = request.headers['x-kiosk-token'] as string | undefined;
    if (!token) return reply.code(401).send({ error: 'Badge in first' });
    // expect: insecure-jwt
    const claims = fastify.jwt.decode<{ company: string; sub: string }>(token);
    if (!claims) return reply.code(401).send({ error: 'Bad token' });
    // (claims of a token nobody verified: the company is whatever the caller wrote into it; reported as missing-auth)
    // ok: unscoped-tenant-query
    return WorkOrder.find({ company: claims.company, assignee: claims.sub, status: { $in: ['assigned', 'in_progress'] } });
  });
};

export default kioskRoutes;
