import fp from 'fastify-plugin';

// registered inside a plugin: every route that plugin registers afterwards needs a signed-in member
export default fp(async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
});
