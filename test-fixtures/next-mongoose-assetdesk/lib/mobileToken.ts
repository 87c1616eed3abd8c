import jwt from 'jsonwebtoken';
import type { NextApiRequest, NextApiResponse } from 'next';

// expect: insecure-jwt
const MOBILE_SECRET = process.env.MOBILE_JWT_SECRET || 'assetdesk-mobile-dev';

export interface MobileClaims {
  sub: string;
  orgId: string;
  deviceId: string;
}

export function issueMobileToken(claims: MobileClaims) {
  return jwt.sign(claims, MOBILE_SECRET, { algorithm: 'HS256', expiresIn: '12h' });
}

export function withMobileAuth(handler: (req: NextApiRequest, res: NextApiResponse, claims: MobileClaims) => unknown) {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : null;
    if (!token) return res.status(401).json({ error: 'Missing token' });
    try {
      const claims = jwt.verify(token, MOBILE_SECRET, { algorithms: ['HS256'] }) as MobileClaims;
      return handler(req, res, claims);
    } catch {
      return res.status(401).json({ error: 'Invalid token' });
    }
  };
}
