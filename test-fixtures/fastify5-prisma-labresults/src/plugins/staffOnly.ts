import fp from 'fastify-plugin';

// wrapped with fastify-plugin on purpose: the hook lands in the scope that registers it, so every
// plugin registered after it in that scope is authenticated
export default fp(async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
});
