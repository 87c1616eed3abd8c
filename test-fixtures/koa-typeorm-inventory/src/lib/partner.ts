import { createRemoteJWKSet, jwtVerify } from 'jose';

// supplier portals call the stock API with tokens their identity provider signs
const jwks = createRemoteJWKSet(new URL(process.env.PARTNER_JWKS_URL ?? 'https://id.partners.example/.well-known/jwks.json'));

export async function verifyPartnerToken(token: string) {
  // jose matches the key type to the algorithm: a JWKS key cannot be used as an HMAC secret
  // ok: insecure-jwt
  const { payload } = await jwtVerify(token, jwks, { issuer: 'https://id.partners.example', audience: 'stockroom' });
  return payload as { sub: string; tenantId: string };
}
