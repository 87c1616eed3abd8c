const Fastify = require('fastify');

const fastify = Fastify({ logger: true });

// plugins registered straight from require(), the way the Fastify docs write them
// expect: cors-wildcard
fastify.register(require('@fastify/cors'), { origin: true, credentials: true });
fastify.register(require('@fastify/cookie'));
// expect: unrestricted-upload
fastify.register(require('@fastify/multipart'));
fastify.register(require('@fastify/rate-limit'), { global: false });
fastify.register(require('./plugins/auth'));

fastify.get('/health', async () => ({ status: 'ok' }));

fastify.register(require('./routes/auth'), { prefix: '/api/v1/auth' });
fastify.register(require('./routes/orders'), { prefix: '/api/v1/orders' });
fastify.register(require('./routes/admin'), { prefix: '/api/v1/admin' });
fastify.register(require('./routes/uploads'), { prefix: '/api/v1' });
fastify.register(require('./routes/reports').reportRoutes, { prefix: '/api/v1' });
fastify.register(require('./routes/reports').widgetRoutes, { prefix: '/embed' });

fastify.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  // expect: error-details-leak
  reply.status(500).send({ error: error.message, stack: error.stack });
});

fastify.listen({ port: 3000 });
