import type { FastifyPluginAsync } from 'fastify';
import { requireRole } from '../hooks/requireRole';
import { readPartnerToken } from '../lib/partnerToken';

const adminRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('preHandler', requireRole('owner'));

  // ok: missing-role-check
  fastify.get('/users', async (request) => {
    // ok: unscoped-tenant-query
    const { rows } = await fastify.pg.query('SELECT id, email, role FROM users WHERE org_id = $1', [request.user.orgId]);
    return rows;
  });

  // ok: missing-role-check, missing-input-validation
  fastify.patch<{ Params: { id: string }; Body: { role: string } }>('/users/:id/role', {
    schema: { body: { type: 'object', required: ['role'], properties: { role: { enum: ['manager', 'technician'] } } } },
  }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await fastify.pg.query('UPDATE users SET role = $1 WHERE id = $2 AND org_id = $3', [request.body.role, request.params.id, request.user.orgId]);
    return reply.code(204).send();
  });

  fastify.post<{ Body: { token: string } }>('/partner-tokens/inspect', {
    schema: { body: { type: 'object', required: ['token'], properties: { token: { type: 'string' } } } },
  }, async (request) => {
    const claims = readPartnerToken(request.body.token);
    return { valid: !!claims, partnerId: claims?.partnerId ?? null };
  });
};

// removing technicians from the team; the owner-only hook above does not cover this plugin
export const teamRoutes: FastifyPluginAsync = async (fastify) => {
  // expect: missing-role-check
  fastify.delete<{ Params: { id: string } }>('/members/:id', async (request, reply) => {
    // ok: unscoped-tenant-query
    await fastify.pg.query('DELETE FROM users WHERE id = $1 AND org_id = $2', [request.params.id, request.user.orgId]);
    return reply.code(204).send();
  });
};

export default adminRoutes;
