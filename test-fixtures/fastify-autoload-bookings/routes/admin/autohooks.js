// the admin area: a signed-in staff member with the admin role
export default async function (fastify) {
  fastify.addHook('onRequest', fastify.authenticate);
  fastify.addHook('preHandler', async function (request, reply) {
    if (request.user.role !== 'admin') {
      return reply.forbidden('Admins only');
    }
  });
}
