import fp from 'fastify-plugin';

// wrapped in fastify-plugin: the hook is added to the context that registers this plugin, not to a child of it
export default fp(async (fastify) => {
  fastify.addHook('onRequest', fastify.verifyJwt);
});
