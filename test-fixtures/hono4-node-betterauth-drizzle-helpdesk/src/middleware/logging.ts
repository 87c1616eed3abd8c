import { createMiddleware } from 'hono/factory';

export const requestLogger = createMiddleware(async (c, next) => {
  const started = performance.now();
  await next();
  const ms = Math.round(performance.now() - started);
  // expect: token-logging
  console.log(`[http] ${c.req.method} ${c.req.path} -> ${c.res.status} (${ms}ms)`, Object.fromEntries(c.req.raw.headers));
});

const SAFE_HEADERS = ['user-agent', 'content-type', 'x-request-id'];

export const auditLogger = createMiddleware(async (c, next) => {
  const picked = Object.fromEntries(SAFE_HEADERS.map((h) => [h, c.req.header(h) ?? null]));
  // ok: token-logging
  console.info('[audit]', c.req.method, c.req.path, picked);
  await next();
});
