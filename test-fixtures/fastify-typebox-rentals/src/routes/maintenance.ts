import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

const StatusBody = Type.Object({
  status: Type.Union([Type.Literal('open'), Type.Literal('in_progress'), Type.Literal('done')]),
});

const maintenanceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // ok: missing-auth
  app.get('/', { schema: { querystring: Type.Object({ status: Type.Optional(Type.String()) }) } }, async (request) => {
    // ok: unscoped-tenant-query
    return app.prisma.maintenanceRequest.findMany({
      where: { organizationId: request.user.organizationId, ...(request.query.status ? { status: request.query.status } : {}) },
      orderBy: { createdAt: 'desc' },
    });
  });

  // ok: missing-auth, missing-input-validation
  app.post(
    '/',
    {
      schema: {
        body: Type.Object({
          unitId: Type.String(),
          title: Type.String({ minLength: 3, maxLength: 140 }),
          description: Type.String({ maxLength: 4000 }),
        }),
      },
    },
    async (request, reply) => {
      const orgId = request.user.organizationId;
      // ok: unscoped-tenant-query
      const unit = await app.prisma.unit.findFirst({ where: { id: request.body.unitId, organizationId: orgId } });
      if (!unit) return reply.code(422).send({ error: 'Unknown unit' });
      const ticket = await app.prisma.maintenanceRequest.create({
        data: { ...request.body, organizationId: orgId },
      });
      return reply.code(201).send(ticket);
    },
  );

  // ok: missing-auth, missing-input-validation
  app.patch('/:id/status', { schema: { params: Type.Object({ id: Type.String() }), body: StatusBody } }, async (request) => {
    // expect: unscoped-tenant-query
    return app.prisma.maintenanceRequest.update({
      where: { id: request.params.id },
      data: { status: request.body.status },
    });
  });

  // ok: missing-auth
  app.post('/:id/assign', { schema: { params: Type.Object({ id: Type.String() }), body: Type.Object({ assigneeId: Type.String() }) } }, async (request, reply) => {
    const orgId = request.user.organizationId;
    // ok: unscoped-tenant-query
    const ticket = await app.prisma.maintenanceRequest.findFirst({ where: { id: request.params.id, organizationId: orgId } });
    if (!ticket) return reply.code(404).send({ error: 'Not found' });
    // ok: unscoped-tenant-query
    const assignee = await app.prisma.user.findFirst({ where: { id: request.body.assigneeId, organizationId: orgId } });
    if (!assignee) return reply.code(422).send({ error: 'Unknown assignee' });
    return app.prisma.maintenanceRequest.update({ where: { id: ticket.id }, data: { assigneeId: assignee.id } });
  });
};

export default maintenanceRoutes;
