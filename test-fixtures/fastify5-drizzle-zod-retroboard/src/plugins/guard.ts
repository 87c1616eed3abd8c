import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    public?: boolean;
  }
}

export default fp(async (fastify) => {
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config?.public) return;
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'unauthorized' });
    }
  });
});
