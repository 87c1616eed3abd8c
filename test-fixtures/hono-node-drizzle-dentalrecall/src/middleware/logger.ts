import { createMiddleware } from 'hono/factory';

export const requestLogger = createMiddleware(async (c, next) => {
  const started = Date.now();
  await next();
  const line = {
    method: c.req.method,
    path: c.req.path,
    status: c.res.status,
    ms: Date.now() - started,
    ua: c.req.header('user-agent'),
  };
  // ok: token-logging
  console.log(JSON.stringify(line));
});

/** verbose mode for the support team: dumps what the client sent */
export const debugLogger = createMiddleware(async (c, next) => {
  if (process.env.DEBUG_HTTP === '1') {
    // expect: token-logging
    console.debug('incoming', c.req.method, c.req.url, c.req.header());
  }
  await next();
});
