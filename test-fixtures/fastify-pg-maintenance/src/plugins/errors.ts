import fp from 'fastify-plugin';
import { config } from '../config';

export default fp(async (fastify) => {
  fastify.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, 'request failed');
    if (error.validation) {
      return reply.code(400).send({ error: 'Invalid request', details: error.validation });
    }
    const status = error.statusCode ?? 500;
    // ok: error-details-leak
    reply.code(status).send({ error: status >= 500 && config.isProduction ? 'Internal Server Error' : error.message });
  });
});
