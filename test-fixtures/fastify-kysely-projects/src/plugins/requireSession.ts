import fp from 'fastify-plugin';

// wrapped with fastify-plugin: the hook goes to the context that registers it, for what it registers next
export default fp(async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
});
