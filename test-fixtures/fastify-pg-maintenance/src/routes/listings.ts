import type { FastifyPluginAsync } from 'fastify';

// what the marketing site shows: properties the owner chose to list
const listingRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.get('/', { config: { public: true } }, async () => {
    const { rows } = await fastify.pg.query('SELECT id, name, address FROM properties WHERE listed = true ORDER BY name');
    return rows;
  });

  // copied from the listing page while building the resident app: public, but reads any unit's work orders
  // expect: missing-auth
  fastify.get<{ Params: { unitId: string } }>('/units/:unitId/work-orders', { config: { public: true } }, async (request) => {
    const { rows } = await fastify.pg.query('SELECT id, title, status, created_at FROM work_orders WHERE unit_id = $1', [request.params.unitId]);
    return rows;
  });
};

export default listingRoutes;
