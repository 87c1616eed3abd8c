import { createHmac } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { safeEqual } from './crypto';

// one verifier for every provider: each route says where its signature header is
export function verifyWebhook({ secret, signatureOf }: { secret: string; signatureOf: (req: Request) => string | undefined }) {
  return function verifyWebhookMiddleware(req: Request, res: Response, next: NextFunction) {
    const received = signatureOf(req);
    if (!received) return res.status(401).json({ error: 'missing signature' });
    const expected = createHmac('sha256', secret).update(req.body as Buffer).digest('hex');
    if (!safeEqual(expected, received)) return res.status(401).json({ error: 'bad signature' });
    next();
  };
}
