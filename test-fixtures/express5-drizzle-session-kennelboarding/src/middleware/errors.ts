import type { NextFunction, Request, Response } from 'express';
import { logger } from '../lib/logger.js';

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export function errorHandler(err: unknown, req: Request, res: Response, _next: NextFunction) {
  if (err instanceof HttpError) {
    // ok: error-details-leak
    return res.status(err.status).json({ error: err.message });
  }
  logger.error({ err, path: req.path }, 'unhandled error');
  if (req.app.get('env') === 'development') {
    // ok: error-details-leak
    return res.status(500).json({ error: (err as Error).message, stack: (err as Error).stack });
  }
  res.status(500).json({ error: 'Something went wrong' });
}
