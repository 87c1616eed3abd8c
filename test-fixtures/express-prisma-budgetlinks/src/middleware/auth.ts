import type { NextFunction, Request, Response } from 'express';
import { jwtVerify } from 'jose';

const key = new TextEncoder().encode(process.env.SESSION_SECRET);

declare global {
  namespace Express {
    interface Request {
      userId?: string;
    }
  }
}

export async function requireUser(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'unauthorized' });
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    req.userId = String(payload.sub);
    return next();
  } catch {
    return res.status(401).json({ error: 'unauthorized' });
  }
}
