import type { Request, Response, NextFunction } from 'express';
import { Prisma } from '@prisma/client';

export function notFound(_req: Request, res: Response) {
  res.status(404).json({ error: 'not found' });
}

export function errorHandler(err: Error, _req: Request, res: Response, _next: NextFunction) {
  if (err instanceof Prisma.PrismaClientKnownRequestError) {
    // expect: error-details-leak
    return res.status(400).json({ error: 'database error', code: err.code, detail: err.message });
  }
  console.error(err);
  // ok: error-details-leak
  res.status(500).json({ error: 'internal error' });
}
