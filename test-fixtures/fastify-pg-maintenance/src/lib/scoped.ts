import type { FastifyInstance } from 'fastify';

/** Units of one property, only when the property belongs to the caller's organization. */
export async function unitsOfProperty(fastify: FastifyInstance, orgId: string, propertyId: string) {
  const { rows } = await fastify.pg.query(
    'SELECT u.id, u.label FROM units u WHERE u.property_id = $1 AND u.org_id = $2 ORDER BY u.label',
    [propertyId, orgId],
  );
  return rows;
}

/** The work order, whoever's it is: callers must check `org_id` themselves. */
export async function findWorkOrder(fastify: FastifyInstance, id: string) {
  // ok: unscoped-tenant-query
  const { rows } = await fastify.pg.query('SELECT * FROM work_orders WHERE id = $1', [id]);
  return rows[0] ?? null;
}
