import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { prisma } from '../../db.js';

const PetParams = Type.Object({ petId: Type.String() });
const PetBody = Type.Object({ name: Type.String({ maxLength: 60 }), species: Type.String(), notes: Type.Optional(Type.String({ maxLength: 2000 })) });

// no hook in this plugin: each route asks for the JWT itself
export async function petRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/', { onRequest: [fastify.verifyJwt] }, async (request) => {
    // ok: unscoped-tenant-query
    return prisma.pet.findMany({ where: { kennelId: request.user.kennelId } });
  });

  app.get('/:petId', { onRequest: [fastify.verifyJwt], schema: { params: PetParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const pet = await prisma.pet.findFirst({ where: { id: request.params.petId, kennelId: request.user.kennelId } });
    return pet ?? reply.code(404).send();
  });

  app.route({
    method: 'PUT',
    url: '/:petId',
    onRequest: fastify.verifyJwt,
    schema: { params: PetParams, body: PetBody },
    handler: async (request, reply) => {
      // ok: unscoped-tenant-query
      const { count } = await prisma.pet.updateMany({ where: { id: request.params.petId, kennelId: request.user.kennelId }, data: request.body });
      return count ? { ok: true } : reply.code(404).send();
    },
  });

  // schema-only options: the params are checked, the caller is not
  // expect: missing-auth
  app.delete('/:petId', { schema: { params: PetParams } }, async (request, reply) => {
    await prisma.pet.delete({ where: { id: request.params.petId } });
    return reply.code(204).send();
  });
}
