import type { ErrorRequestHandler } from 'express';
import { QueryFailedError } from 'typeorm';
import { ZodError } from 'zod';
import { logger } from '../lib/logger.js';

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (err instanceof ZodError) {
    // ok: error-details-leak
    return res.status(400).json({ error: 'validation_failed', issues: err.flatten().fieldErrors });
  }
  if (err instanceof QueryFailedError) {
    logger.error({ err, path: req.path }, 'query failed');
    // expect: error-details-leak
    return res.status(500).json({ error: 'database_error', detail: err.message, stack: err.stack });
  }
  logger.error({ err, path: req.path }, 'unhandled error');
  // ok: error-details-leak
  res.status(500).json({ error: 'internal_error' });
};
