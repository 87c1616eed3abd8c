import { createMiddleware } from 'hono/factory';

export const requestLog = createMiddleware(async (c, next) => {
  const started = Date.now();
  await next();
  // ok: token-logging
  console.log(`${c.req.method} ${c.req.path} ${c.res.status} ${Date.now() - started}ms`);
});

export const debugAuth = createMiddleware(async (c, next) => {
  if (process.env.DEBUG_AUTH) {
    // expect: token-logging
    console.log('auth header', c.req.header('Authorization'));
  }
  await next();
});
