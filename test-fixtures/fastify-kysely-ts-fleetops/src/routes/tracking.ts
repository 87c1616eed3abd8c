import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db/index.js';

// Customers follow their delivery on a public page; no account needed.
const trackingRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.get<{ Params: { token: string } }>('/share/:token', async (request, reply) => {
    const trip = await db
      .selectFrom('trip_shares')
      .innerJoin('trips', 'trips.id', 'trip_shares.trip_id')
      .innerJoin('vehicles', 'vehicles.id', 'trips.vehicle_id')
      .select(['trips.origin', 'trips.destination', 'trips.status', 'vehicles.last_lat', 'vehicles.last_lng'])
      .where('trip_shares.token', '=', request.params.token)
      .where('trip_shares.expires_at', '>', new Date())
      .executeTakeFirst();
    return trip ?? reply.code(404).send({ error: 'Link expired' });
  });

  // The old tracking page still calls this one.
  // expect: missing-auth
  fastify.get<{ Params: { tripId: string } }>('/trips/:tripId', async (request, reply) => {
    const trip = await db
      .selectFrom('trips')
      .innerJoin('vehicles', 'vehicles.id', 'trips.vehicle_id')
      .select(['trips.origin', 'trips.destination', 'trips.status', 'vehicles.plate', 'vehicles.last_lat', 'vehicles.last_lng'])
      .where('trips.id', '=', Number(request.params.tripId))
      .executeTakeFirst();
    return trip ?? reply.code(404).send({ error: 'Not found' });
  });
};

export default trackingRoutes;
