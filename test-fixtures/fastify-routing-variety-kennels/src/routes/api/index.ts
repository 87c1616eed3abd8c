import type { FastifyInstance } from 'fastify';
import { bookingRoutes } from './bookings.js';
import { petRoutes } from './pets.js';
import { partnerRoutes } from './partners.js';
import { adminRoutes } from './admin.js';

// every child plugin below is its own encapsulation context: a hook added in one does not run for the others
export async function apiRoutes(fastify: FastifyInstance) {
  await fastify.register(bookingRoutes, { prefix: '/bookings' });
  await fastify.register(petRoutes, { prefix: '/pets' });
  await fastify.register(partnerRoutes, { prefix: '/partners' });
  await fastify.register(adminRoutes, { prefix: '/admin' });
}
