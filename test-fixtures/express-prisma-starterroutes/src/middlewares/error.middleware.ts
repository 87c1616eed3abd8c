import { NextFunction, Request, Response } from 'express';
import { HttpException } from '../exceptions/HttpException';

export const ErrorMiddleware = (error: HttpException, req: Request, res: Response, next: NextFunction) => {
  const status: number = error.status || 500;
  res.status(status).json({ message: status === 500 ? 'Something went wrong' : error.message });
};
