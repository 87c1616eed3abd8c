import { NextFunction, Request, Response } from 'express';
import { logger } from '../config/logger';

export function notFound(_req: Request, res: Response) {
  res.status(404).json({ error: 'not_found' });
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function errorHandler(err: Error & { status?: number }, req: Request, res: Response, _next: NextFunction) {
  logger.error('request failed', { path: req.path, message: err.message });
  // expect: error-details-leak
  res.status(err.status ?? 500).json({ error: err.message, stack: err.stack });
}
