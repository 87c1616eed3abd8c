import jwt from 'jsonwebtoken';
import { config } from '../config';

export interface PartnerClaims {
  partnerId: string;
  orgId: string;
}

/** Tokens the contractor partners' systems send in `x-partner-token`. */
export function readPartnerToken(token: string): PartnerClaims | null {
  try {
    return jwt.verify(token, config.partnerSecret, { algorithms: ['HS256'] }) as PartnerClaims;
  } catch {
    return null;
  }
}
