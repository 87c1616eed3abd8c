import fp from 'fastify-plugin';

export default fp(async (fastify) => {
  fastify.setErrorHandler((error, request, reply) => {
    if (error.validation) {
      // ok: error-details-leak
      return reply.status(400).send({ error: 'ValidationError', details: error.validation });
    }
    if (error.statusCode === 429) {
      // ok: error-details-leak
      return reply.status(429).send({ error: 'Too many requests' });
    }
    request.log.error(error);
    // expect: error-details-leak
    return reply.status(500).send({ error: 'Internal Server Error', detail: error.message });
  });
});
