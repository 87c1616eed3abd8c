import type { FastifyInstance } from 'fastify';
import { matters } from '../repositories';

type IdParams = { Params: { id: string } };

export default async function matterRoutes(app: FastifyInstance) {
  app.addHook('onRequest', app.authenticate);

  // ok: missing-auth
  app.get('/matters', async (req) => matters.forFirm(req.user.firmId));

  app.get<IdParams>('/matters/:id', async (req, reply) => {
    const matter = await matters.findById(req.params.id);
    if (!matter) return reply.code(404).send({ error: 'not found' });
    return matter;
  });

  app.get<IdParams>('/matters/:id/summary', async (req, reply) => {
    const matter = await matters.findOneWhere({ id: req.params.id, firmId: req.user.firmId });
    if (!matter) return reply.code(404).send({ error: 'not found' });
    return { id: matter.id, title: matter.title, status: matter.status };
  });

  app.get<{ Params: { clientId: string } }>('/clients/:clientId/matters', async (req) => matters.openByClient(req.params.clientId));

  // ok: missing-input-validation
  app.patch<IdParams & { Body: { title?: string; status?: string } }>('/matters/:id', {
    schema: { body: { type: 'object', additionalProperties: false, properties: { title: { type: 'string' }, status: { type: 'string', enum: ['open', 'closed'] } } } },
  }, async (req) => {
    await matters.updateById(req.params.id, req.body);
    return { ok: true };
  });

  // ok: missing-role-check
  app.delete<IdParams>('/matters/:id', { preHandler: app.requirePartner }, async (req, reply) => {
    const matter = await matters.findOneWhere({ id: req.params.id, firmId: req.user.firmId });
    if (!matter) return reply.code(404).send({ error: 'not found' });
    await matters.deleteById(req.params.id);
    return reply.code(204).send();
  });
}
