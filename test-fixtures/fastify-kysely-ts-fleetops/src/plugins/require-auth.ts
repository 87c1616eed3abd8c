import fp from 'fastify-plugin';

// Registered inside a route plugin: fastify-plugin lets the hook reach that plugin's routes.
export default fp(
  async (fastify) => {
    fastify.addHook('onRequest', fastify.authenticate);
  },
  { name: 'require-auth', dependencies: ['auth'] },
);
