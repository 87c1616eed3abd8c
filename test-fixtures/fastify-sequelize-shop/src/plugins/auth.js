const fp = require('fastify-plugin');

module.exports = fp(async function authPlugin(fastify) {
  // ok: insecure-jwt
  fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET });

  fastify.decorate('authenticate', async function (request, reply) {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.code(401).send({ message: 'Unauthorized' });
    }
  });

  fastify.decorate('requireAdmin', async function (request, reply) {
    if (request.user.role !== 'admin') {
      return reply.code(403).send({ message: 'Forbidden' });
    }
  });
});
