import type { Middleware } from 'koa';
import { createRemoteJWKSet, jwtVerify } from 'jose';

const jwks = createRemoteJWKSet(new URL(process.env.JWKS_URI ?? 'http://localhost:3001/oidc/jwks'));

/** Bearer access token issued by our own OIDC provider for the management API resource. */
export default function koaAuth(audience: string): Middleware {
  return async (ctx, next) => {
    const header = ctx.request.headers.authorization;
    if (!header?.startsWith('Bearer ')) ctx.throw(401, 'auth.authorization_header_missing');
    const { payload } = await jwtVerify(header.slice(7), jwks, { audience, algorithms: ['ES384'] });
    ctx.auth = { userId: String(payload.sub), tenantId: String(payload.tenant_id), scopes: String(payload.scope ?? '').split(' ') };
    return next();
  };
}
