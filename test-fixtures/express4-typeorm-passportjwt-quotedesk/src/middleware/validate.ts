import { NextFunction, Request, Response } from 'express';
import Joi from 'joi';

type Source = 'body' | 'query' | 'params';

export function validate(schema: Joi.ObjectSchema, source: Source = 'body') {
  return (req: Request, res: Response, next: NextFunction) => {
    const { error, value } = schema.validate(req[source], { abortEarly: false, stripUnknown: true });
    if (error) {
      return res.status(400).json({ error: 'validation_failed', details: error.details.map((d) => d.message) });
    }
    req[source] = value;
    next();
  };
}
