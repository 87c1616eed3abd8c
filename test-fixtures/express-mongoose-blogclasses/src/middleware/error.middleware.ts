import type { NextFunction, Request, Response } from 'express';

export function errorMiddleware(err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) {
  const status = err.status ?? 500;
  // expect: error-details-leak
  res.status(status).json({ message: err.message, stack: err.stack });
}
