import fp from 'fastify-plugin';
import jwt from '@fastify/jwt';

export default fp(async function (fastify) {
  fastify.register(jwt, {
    secret: process.env.JWT_SECRET,
    sign: { expiresIn: '15m' },
  });

  fastify.decorate('authenticate', async function (request, reply) {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.send(err);
    }
  });
});
