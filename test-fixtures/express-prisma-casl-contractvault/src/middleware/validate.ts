import type { NextFunction, Request, Response } from 'express';
import type { AnyZodObject } from 'zod';

export const validate = (schema: AnyZodObject) => (req: Request, res: Response, next: NextFunction) => {
  const result = schema.safeParse(req.body);
  if (!result.success) {
    return res.status(400).json({ error: 'ValidationError', issues: result.error.flatten() });
  }
  req.body = result.data;
  next();
};
