import { expressjwt } from 'express-jwt';
import jwksRsa from 'jwks-rsa';

// for pages that render for visitors too; agents get their agency's extras
// ok: insecure-jwt
export const optionalJwt = expressjwt({
  secret: jwksRsa.expressJwtSecret({ cache: true, jwksUri: `https://${process.env.AUTH0_DOMAIN}/.well-known/jwks.json` }) as any,
  audience: process.env.AUTH0_AUDIENCE,
  issuer: `https://${process.env.AUTH0_DOMAIN}/`,
  algorithms: ['RS256'],
  credentialsRequired: false,
});
