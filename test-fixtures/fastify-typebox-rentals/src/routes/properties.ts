import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

const IdParams = Type.Object({ id: Type.String() });

const PropertyBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 160 }),
  address: Type.String({ minLength: 1, maxLength: 300 }),
  published: Type.Optional(Type.Boolean()),
});

// registered inside the authenticated /api scope (see server.ts)
const propertyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // ok: missing-auth
  app.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return app.prisma.property.findMany({
      where: { organizationId: request.user.organizationId },
      orderBy: { name: 'asc' },
    });
  });

  // ok: missing-auth
  app.get('/:id', { schema: { params: IdParams } }, async (request, reply) => {
    // expect: unscoped-tenant-query
    const property = await app.prisma.property.findUnique({
      where: { id: request.params.id },
      include: { units: true },
    });
    if (!property) return reply.code(404).send({ error: 'Not found' });
    return property;
  });

  // ok: missing-auth, missing-input-validation
  app.post('/', { schema: { body: PropertyBody } }, async (request, reply) => {
    const property = await app.prisma.property.create({
      data: { ...request.body, organizationId: request.user.organizationId },
    });
    return reply.code(201).send(property);
  });

  // expect: missing-input-validation
  app.patch<{ Params: { id: string }; Body: Record<string, unknown> }>('/:id', async (request, reply) => {
    // ok: unscoped-tenant-query
    const { count } = await app.prisma.property.updateMany({
      where: { id: request.params.id, organizationId: request.user.organizationId },
      data: request.body,
    });
    if (count === 0) return reply.code(404).send({ error: 'Not found' });
    return reply.code(204).send();
  });

  // ok: missing-auth, missing-role-check
  app.delete('/:id', { schema: { params: IdParams }, preHandler: app.requireRole('OWNER', 'MANAGER') }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await app.prisma.property.deleteMany({
      where: { id: request.params.id, organizationId: request.user.organizationId },
    });
    return reply.code(204).send();
  });

  // ok: missing-auth
  app.get('/:id/units', { schema: { params: IdParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const property = await app.prisma.property.findFirst({
      where: { id: request.params.id, organizationId: request.user.organizationId },
    });
    if (!property) return reply.code(404).send({ error: 'Not found' });
    // ok: unscoped-tenant-query
    return app.prisma.unit.findMany({ where: { propertyId: property.id } });
  });
};

export default propertyRoutes;
