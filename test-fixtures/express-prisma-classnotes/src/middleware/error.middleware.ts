import type { NextFunction, Request, Response } from 'express';
import type { HttpException } from '../exceptions/HttpException';

export function errorMiddleware(error: HttpException, _req: Request, res: Response, _next: NextFunction) {
  const status = error.status || 500;
  res.status(status).json({ status, message: status < 500 ? error.message : 'Something went wrong' });
}

export function notFound(req: Request, res: Response) {
  res.status(404).json({ message: `No route for ${req.method} ${req.path}` });
}
