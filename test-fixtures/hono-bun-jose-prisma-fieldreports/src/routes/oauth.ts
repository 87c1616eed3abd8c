import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { decodeJwt } from 'jose';
import { logger } from '../lib/logger';

export const oauth = new Hono();

// ok: missing-auth
oauth.get('/callback', async (c) => {
  const code = c.req.query('code');
  if (!code) return c.text('missing code', 400);
  const res = await fetch(`${process.env.JWT_ISSUER}oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, client_id: process.env.OIDC_CLIENT_ID!, client_secret: process.env.OIDC_CLIENT_SECRET! }),
  });
  const tokens = (await res.json()) as { access_token: string; id_token: string; expires_in: number };
  // ok: insecure-jwt
  const profile = decodeJwt(tokens.id_token);
  // ok: token-logging
  logger.info({ sub: profile.sub, expiresIn: tokens.expires_in }, 'signed in');
  // expect: insecure-cookie
  setCookie(c, 'fr_at', tokens.access_token, { secure: true, path: '/', maxAge: tokens.expires_in });
  return c.redirect('/app');
});
