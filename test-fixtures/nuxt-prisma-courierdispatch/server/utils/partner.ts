import jwt from 'jsonwebtoken';
import type { H3Event } from 'h3';

export interface PartnerClaims {
  partnerId: string;
  workspaceId: string;
}

/** Marketplace partners sign their calls with their RS256 key; we hold the public half. */
export function requirePartner(event: H3Event): PartnerClaims {
  const header = getHeader(event, 'authorization');
  if (!header?.startsWith('Bearer ')) {
    throw createError({ statusCode: 401, statusMessage: 'Missing partner token' });
  }
  const { partnerPublicKey } = useRuntimeConfig();
  try {
    // expect: insecure-jwt
    return jwt.verify(header.slice(7), partnerPublicKey) as PartnerClaims;
  } catch {
    throw createError({ statusCode: 401, statusMessage: 'Invalid partner token' });
  }
}
