import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { MiddlewareType } from 'koa-router';

import type { TenantContext } from '../tenant.js';

export type WithAuthContext = { auth: { id: string; scopes: string[] } };

/** Management API: an access token for this tenant's management resource. */
export default function koaAuth(tenant: TenantContext, audience: string): MiddlewareType<unknown, WithAuthContext> {
  const jwks = createRemoteJWKSet(new URL(`${process.env.ISSUER_URL}/${tenant.id}/oidc/jwks`));
  return async (ctx, next) => {
    const header = ctx.get('authorization');
    if (!header.startsWith('Bearer ')) {
      ctx.throw(401, 'missing bearer token');
    }
    const { payload } = await jwtVerify(header.slice(7), jwks, { audience });
    if (!payload.sub) {
      ctx.throw(401, 'invalid token');
    }
    ctx.auth = { id: payload.sub, scopes: String(payload.scope ?? '').split(' ') };
    return next();
  };
}
