import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db';

const publicRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.get('/healthz', async () => ({ ok: true }));

  // the price list is the same for everyone
  // ok: missing-auth
  fastify.get('/plans', async () => {
    return db.selectFrom('plans').select(['id', 'name', 'price_cents']).orderBy('price_cents').execute();
  });
};

export default publicRoutes;
