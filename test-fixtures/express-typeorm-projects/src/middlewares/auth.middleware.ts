import { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';

export interface AuthedRequest extends Request { user?: { id: string; organizationId: string; role: string } }

export class AuthMiddleware {
  static verify(req: AuthedRequest, res: Response, next: NextFunction) {
    const token = req.header('Authorization')?.replace('Bearer ', '');
    if (!token) return res.status(401).json({ message: 'No token' });
    try {
      req.user = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as any;
      next();
    } catch {
      res.status(401).json({ message: 'Invalid token' });
    }
  }

  static hasRole(...roles: string[]) {
    return (req: AuthedRequest, res: Response, next: NextFunction) => {
      if (!req.user || !roles.includes(req.user.role)) return res.status(403).json({ message: 'Forbidden' });
      next();
    };
  }
}
