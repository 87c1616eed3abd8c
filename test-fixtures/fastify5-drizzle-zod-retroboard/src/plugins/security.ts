import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import cookie from '@fastify/cookie';

export default fp(async (fastify) => {
  await fastify.register(cors, {
    // expect: cors-wildcard
    origin: /retroboard\.app/,
    credentials: true,
  });
  await fastify.register(rateLimit, { global: false });
  // expect: hardcoded-secret
  await fastify.register(cookie, { secret: process.env.COOKIE_SECRET ?? 'retroboard-cookie-signing' });
});
