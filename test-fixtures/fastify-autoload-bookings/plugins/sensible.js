import fp from 'fastify-plugin';
import sensible from '@fastify/sensible';

/** reply.notFound(), reply.forbidden(), fastify.httpErrors */
export default fp(async function (fastify) {
  fastify.register(sensible);
});
