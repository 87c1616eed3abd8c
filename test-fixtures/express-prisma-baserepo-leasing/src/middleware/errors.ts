import type { NextFunction, Request, Response } from 'express';

export function errorHandler(err: Error, _req: Request, res: Response, _next: NextFunction) {
  console.error(err);
  // expect: error-details-leak
  res.status(500).json({ error: err.message, stack: err.stack });
}
