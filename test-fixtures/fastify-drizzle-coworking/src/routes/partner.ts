import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fastifyAuth from '@fastify/auth';
import { createHash } from 'node:crypto';
import { and, eq, gte } from 'drizzle-orm';
import { bookings, db, organizations } from '../db/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    partnerOrg?: string;
  }
}

// access-control vendors (door systems) poll today's bookings with an organisation key, or a member's token
const partnerRoutes: FastifyPluginAsync = async (fastify) => {
  await fastify.register(fastifyAuth);

  const verifyOrgKey = async (request: FastifyRequest, _reply: FastifyReply) => {
    const key = request.headers['x-org-key'];
    if (typeof key !== 'string') throw new Error('missing key');
    const hash = createHash('sha256').update(key).digest('hex');
    const [org] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.stripeCustomerId, hash));
    if (!org) throw new Error('unknown key');
    request.partnerOrg = org.id;
  };

  // ok: missing-auth
  fastify.get('/bookings/today', {
    preHandler: fastify.auth([verifyOrgKey, fastify.authenticate]),
  }, async (request) => {
    const org = request.partnerOrg ?? request.user.org;
    const since = new Date();
    since.setHours(0, 0, 0, 0);
    // ok: unscoped-tenant-query
    return db
      .select({ id: bookings.id, spaceId: bookings.spaceId, startsAt: bookings.startsAt })
      .from(bookings)
      .where(and(eq(bookings.organizationId, org), gte(bookings.startsAt, since)));
  });
};

export default partnerRoutes;
