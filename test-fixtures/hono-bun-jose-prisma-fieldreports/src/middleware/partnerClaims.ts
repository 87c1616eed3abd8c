import { createMiddleware } from 'hono/factory';
import { decodeJwt } from 'jose';

export type PartnerEnv = { Variables: { partner: { sub: string; orgId: string } } };

// Partner dashboards send the token our IdP issued to them; the gateway is supposed to have checked it already.
export const partnerClaims = createMiddleware<PartnerEnv>(async (c, next) => {
  const token = c.req.header('authorization')?.replace(/^Bearer /, '');
  if (!token) return c.json({ error: 'missing token' }, 401);
  // expect: token-logging
  console.log('partner call with token', token);
  // expect: insecure-jwt
  const claims = decodeJwt(token);
  if (!claims.sub || typeof claims.orgId !== 'string') return c.json({ error: 'bad token' }, 401);
  c.set('partner', { sub: claims.sub, orgId: claims.orgId });
  await next();
});
