import { Middleware, ExpressMiddlewareInterface } from 'routing-controllers';
import type { Request, Response, NextFunction } from 'express';
import pino from 'pino';

export const logger = pino({ redact: ['req.headers.authorization'] });

@Middleware({ type: 'before' })
export class RequestLogMiddleware implements ExpressMiddlewareInterface {
  use(req: Request, _res: Response, next: NextFunction): void {
    logger.info({ method: req.method, url: req.originalUrl }, 'request');
    next();
  }
}
