import { Router, type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';
import { logger } from '../logger';

interface ProviderConfig {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
}

export async function discover(issuer: string): Promise<ProviderConfig> {
  const res = await fetch(`${issuer}/.well-known/openid-configuration`);
  const config = (await res.json()) as ProviderConfig;
  // ok: token-logging
  logger.info({ issuer: config.issuer, authorization_endpoint: config.authorization_endpoint, token_endpoint: config.token_endpoint }, 'oidc provider discovered');
  return config;
}

export const oidc = Router();

// ok: missing-auth
oidc.get('/auth/oidc/callback', async (req, res) => {
  const config = await discover(process.env.OIDC_ISSUER!);
  const tokenRes = await fetch(config.token_endpoint, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: String(req.query.code ?? ''),
      client_id: process.env.OIDC_CLIENT_ID!,
      client_secret: process.env.OIDC_CLIENT_SECRET!,
      redirect_uri: process.env.OIDC_REDIRECT_URI!,
    }),
  });
  const tokens = (await tokenRes.json()) as { id_token: string; access_token: string };
  // the id_token comes straight from the provider's token endpoint over TLS: its claims can be read as they are
  // ok: insecure-jwt
  const claims = jwt.decode(tokens.id_token) as { sub: string; email: string } | null;
  if (!claims) return res.status(502).send('provider returned no identity');
  // the identity's claims, not the token: no credential
  // ok: token-logging
  logger.info({ sub: claims.sub, email: claims.email }, 'partner signed in');
  // ok: token-logging
  logger.debug({ claims }, 'id token claims');
  if (!tokens.access_token) {
    // the provider's whole answer holds the tokens
    // expect: token-logging
    logger.error({ tokens }, 'provider returned no access token');
  }
  req.session.regenerate(() => {
    req.session.subject = claims.sub;
    res.redirect('/');
  });
});

// Support staff act as a partner with a token the support tool hands out.
export function impersonation(req: Request, res: Response, next: NextFunction) {
  const token = req.get('x-impersonate');
  if (!token) return next();
  // expect: insecure-jwt
  const claims = jwt.decode(token) as { sub: string } | null;
  if (!claims) return res.status(401).end();
  // what the token says, not the token
  // ok: token-logging
  logger.info({ claims, path: req.path }, 'impersonating partner');
  req.session.subject = claims.sub;
  next();
}
