import fp from 'fastify-plugin';

// every plugin registered after this one in the same context needs a valid access token,
// except routes that opt out with `config: { public: true }`
export default fp(
  async (fastify) => {
    fastify.addHook('onRequest', async (request, reply) => {
      if (request.routeOptions.config.public) return;
      await fastify.authenticate(request, reply);
    });
  },
  { name: 'require-auth', dependencies: ['auth'] },
);
