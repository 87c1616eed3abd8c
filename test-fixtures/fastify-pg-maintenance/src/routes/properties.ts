import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { requireRole } from '../hooks/requireRole';
import { unitsOfProperty } from '../lib/scoped';

const PropertyBody = Type.Object({ name: Type.String({ maxLength: 200 }), address: Type.String({ maxLength: 400 }) });

const propertyRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.get('/', async (request) => {
    // ok: unscoped-tenant-query
    const { rows } = await fastify.pg.query('SELECT id, name, address FROM properties WHERE org_id = $1 ORDER BY name', [request.user.orgId]);
    return rows;
  });

  fastify.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    const { rows } = await fastify.pg.query('SELECT * FROM properties WHERE id = $1', [request.params.id]);
    if (!rows.length) return reply.code(404).send({ error: 'Not found' });
    return rows[0];
  });

  // ok: missing-input-validation
  fastify.post('/', { schema: { body: PropertyBody }, preHandler: [requireRole('owner', 'manager')] }, async (request, reply) => {
    const { name, address } = request.body as { name: string; address: string };
    const { rows } = await fastify.pg.query('INSERT INTO properties (org_id, name, address) VALUES ($1, $2, $3) RETURNING id', [request.user.orgId, name, address]);
    return reply.code(201).send(rows[0]);
  });

  // ok: missing-input-validation
  fastify.put<{ Params: { id: string } }>('/:id', { schema: { body: PropertyBody } }, async (request, reply) => {
    const { name, address } = request.body as { name: string; address: string };
    // ok: unscoped-tenant-query
    const { rowCount } = await fastify.pg.query('UPDATE properties SET name = $1, address = $2 WHERE id = $3 AND org_id = $4', [name, address, request.params.id, request.user.orgId]);
    return rowCount ? { ok: true } : reply.code(404).send({ error: 'Not found' });
  });

  // ok: missing-role-check
  fastify.delete<{ Params: { id: string } }>('/:id', { preHandler: [fastify.authenticate, requireRole('owner')] }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await fastify.pg.query('DELETE FROM properties WHERE id = $1 AND org_id = $2', [request.params.id, request.user.orgId]);
    return reply.code(204).send();
  });

  fastify.get<{ Params: { id: string } }>('/:id/units', async (request) => {
    return unitsOfProperty(fastify, request.user.orgId, request.params.id);
  });
};

export default propertyRoutes;
