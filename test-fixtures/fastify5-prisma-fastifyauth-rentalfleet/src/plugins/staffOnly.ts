import fp from 'fastify-plugin';

// adds the staff JWT check to the context it is registered in (fastify-plugin: no encapsulation of its own)
export default fp(async (fastify) => {
  fastify.addHook('onRequest', fastify.auth([fastify.verifyJWT]));
});
