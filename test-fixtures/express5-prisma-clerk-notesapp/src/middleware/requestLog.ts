import type { Request, Response, NextFunction } from 'express';

const SENSITIVE = new Set(['authorization', 'cookie', 'svix-signature']);

function scrub(headers: Request['headers']) {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, SENSITIVE.has(k) ? '[redacted]' : v]));
}

export function requestLog(req: Request, res: Response, next: NextFunction) {
  const started = Date.now();
  res.on('finish', () => {
    // ok: token-logging
    console.info(`${req.method} ${req.originalUrl} ${res.statusCode} ${Date.now() - started}ms`, scrub(req.headers));
  });
  next();
}

export function debugRequest(req: Request, _res: Response, next: NextFunction) {
  if (process.env.DEBUG_HTTP === '1') {
    // expect: token-logging
    console.debug('incoming request', { url: req.url, headers: req.headers });
  }
  next();
}
