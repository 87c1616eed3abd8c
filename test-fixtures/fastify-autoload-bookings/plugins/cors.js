import fp from 'fastify-plugin';
import cors from '@fastify/cors';

export default fp(async function (fastify) {
  fastify.register(cors, {
    // "temporary" while the widget domains are collected: every origin is echoed back
    // expect: cors-wildcard
    origin: (origin, cb) => cb(null, true),
    credentials: true,
  });
});
