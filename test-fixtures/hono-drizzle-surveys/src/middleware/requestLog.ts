import { createMiddleware } from 'hono/factory'

// Access log for every request: the raw Request is what the Worker received.
export const requestLog = createMiddleware(async (c, next) => {
  const started = Date.now()
  await next()
  const raw = c.req.raw
  // ok: token-logging
  console.log(`${raw.method} ${new URL(raw.url).pathname} ${c.res.status} ${Date.now() - started}ms`)
  // ok: token-logging
  console.debug('auth timings', { sessionLookupMs: c.get('sessionLookupMs'), jwtVerifyMs: c.get('jwtVerifyMs') })
  if (c.res.status === 401) {
    // expect: token-logging
    console.warn('rejected credentials', { path: c.req.path, authorization: c.req.raw.headers.get('authorization') })
  }
})
