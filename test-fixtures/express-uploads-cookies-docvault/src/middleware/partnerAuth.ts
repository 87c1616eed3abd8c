import jwt from 'jsonwebtoken';
import type { NextFunction, Request, Response } from 'express';

export interface PartnerClaims {
  partner: string;
  orgId: string;
}

// Partner portal calls carry a token minted by the partner gateway.
export function partnerGate(req: Request, res: Response, next: NextFunction) {
  const raw = req.get('x-partner-token');
  if (!raw) return res.status(401).json({ error: 'Missing partner token' });
  // expect: insecure-jwt
  const claims = jwt.decode(raw) as PartnerClaims | null;
  if (!claims?.partner) return res.status(401).json({ error: 'Bad partner token' });
  res.locals.partner = claims;
  next();
}
