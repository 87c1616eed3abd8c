import { expressjwt } from 'express-jwt';
import jwksRsa from 'jwks-rsa';

const domain = process.env.AUTH0_DOMAIN;

// Auth0 access tokens, verified against the tenant's JWKS
// ok: insecure-jwt
export const checkJwt = expressjwt({
  secret: jwksRsa.expressJwtSecret({
    cache: true,
    rateLimit: true,
    jwksRequestsPerMinute: 5,
    jwksUri: `https://${domain}/.well-known/jwks.json`,
  }) as any,
  audience: process.env.AUTH0_AUDIENCE,
  issuer: `https://${domain}/`,
  algorithms: ['RS256'],
});
