import type { FastifyPluginAsync } from 'fastify';
import { and, count, eq, gte } from 'drizzle-orm';
import { bookings, db, organizations } from '../db/index.js';

const statsRoutes: FastifyPluginAsync = async (fastify) => {
  // landing page counter
  // ok: missing-auth, unscoped-tenant-query
  fastify.get('/communities', async () => {
    const [row] = await db.select({ n: count() }).from(organizations);
    return { communities: row.n };
  });

  // expect: missing-auth
  fastify.get<{ Querystring: { organizationId: string } }>('/occupancy', async (request) => {
    const since = new Date(Date.now() - 7 * 24 * 3600 * 1000);
    return db
      .select({ spaceId: bookings.spaceId, userId: bookings.userId, startsAt: bookings.startsAt, endsAt: bookings.endsAt })
      .from(bookings)
      .where(and(eq(bookings.organizationId, request.query.organizationId), gte(bookings.startsAt, since)));
  });
};

export default statsRoutes;
