import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { requireRole } from '../hooks/requireRole';
import { findWorkOrder } from '../lib/scoped';

interface NewWorkOrder {
  unitId: string;
  title: string;
  description?: string;
  priority?: 'low' | 'normal' | 'urgent';
}

const workOrderRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.get('/', async (request: FastifyRequest<{ Querystring: { status?: string } }>) => {
    const status = request.query.status ?? 'open';
    // ok: unscoped-tenant-query
    const { rows } = await fastify.pg.query('SELECT * FROM work_orders WHERE org_id = $1 AND status = $2 ORDER BY created_at DESC', [request.user.orgId, status]);
    return rows;
  });

  // expect: missing-input-validation
  fastify.post<{ Body: NewWorkOrder }>('/', async (request, reply) => {
    const { unitId, title, description, priority } = request.body;
    // ok: unscoped-tenant-query
    const unit = await fastify.pg.query('SELECT id FROM units WHERE id = $1 AND org_id = $2', [unitId, request.user.orgId]);
    if (!unit.rowCount) return reply.code(404).send({ error: 'Unknown unit' });
    const { rows } = await fastify.pg.query(
      'INSERT INTO work_orders (org_id, unit_id, title, description, priority) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [request.user.orgId, unitId, title, description ?? null, priority ?? 'normal'],
    );
    return reply.code(201).send(rows[0]);
  });

  fastify.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    const order = await findWorkOrder(fastify, request.params.id);
    if (!order || order.org_id !== request.user.orgId) return reply.code(404).send({ error: 'Not found' });
    return order;
  });

  fastify.route<{ Params: { id: string }; Body: { status: string } }>({
    method: 'PATCH',
    url: '/:id/status',
    schema: { body: { type: 'object', required: ['status'], properties: { status: { enum: ['open', 'in_progress', 'done'] } } } },
    handler: async (request, reply) => {
      // expect: unscoped-tenant-query
      await fastify.pg.query('UPDATE work_orders SET status = $1 WHERE id = $2', [request.body.status, request.params.id]);
      return reply.code(204).send();
    },
  });

  // ok: missing-role-check, missing-input-validation
  fastify.post<{ Params: { id: string }; Body: { assigneeId: string } }>('/:id/assign', {
    preHandler: [requireRole('owner', 'manager')],
    schema: { body: { type: 'object', required: ['assigneeId'], properties: { assigneeId: { type: 'string', format: 'uuid' } } } },
  }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const { rowCount } = await fastify.pg.query('UPDATE work_orders SET assignee_id = $1 WHERE id = $2 AND org_id = $3', [request.body.assigneeId, request.params.id, request.user.orgId]);
    return rowCount ? reply.code(204).send() : reply.code(404).send({ error: 'Not found' });
  });

  // expect: missing-rate-limit
  fastify.get('/export', async (request, reply) => {
    try {
      // ok: unscoped-tenant-query
      const { rows } = await fastify.pg.query('SELECT id, title, status, created_at FROM work_orders WHERE org_id = $1', [request.user.orgId]);
      reply.header('content-type', 'text/csv');
      return rows.map((r) => `${r.id},${JSON.stringify(r.title)},${r.status},${r.created_at.toISOString()}`).join('\n');
    } catch (err) {
      request.log.error(err);
      // expect: error-details-leak
      return reply.code(500).send({ error: (err as Error).message, stack: (err as Error).stack });
    }
  });
};

export default workOrderRoutes;
