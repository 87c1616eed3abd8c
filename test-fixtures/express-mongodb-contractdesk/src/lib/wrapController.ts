import type { NextFunction, Request, RequestHandler, Response } from 'express';

type Controller<K extends string> = Record<K, RequestHandler>;

// Every exported handler of a controller module, with its rejected promise handed to the error middleware.
export function wrapController<K extends string>(controller: Record<K, unknown>): Controller<K> {
  const wrapped = {} as Controller<K>;
  (Object.keys(controller) as K[]).forEach((key) => {
    const handler = controller[key];
    if (typeof handler !== 'function') return;
    wrapped[key] = (req: Request, res: Response, next: NextFunction) => Promise.resolve(controller[key](req, res, next)).catch(next);
  });
  return wrapped;
}
