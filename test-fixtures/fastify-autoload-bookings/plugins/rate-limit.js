import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';

// opt-in per route through `config.rateLimit`
export default fp(async function (fastify) {
  fastify.register(rateLimit, { global: false });
});
