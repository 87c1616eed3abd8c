import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import { logger } from '../lib/logger.js';

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (err instanceof ZodError) {
    // ok: error-details-leak
    return res.status(400).json({ error: 'Invalid input', issues: err.issues });
  }
  logger.error({ err, path: req.path }, 'unhandled error');
  // expect: error-details-leak
  res.status(500).json({ error: err.message, stack: err.stack });
};
