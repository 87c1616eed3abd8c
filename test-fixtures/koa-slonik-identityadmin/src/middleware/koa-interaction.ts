import type Provider from 'oidc-provider';
import type { MiddlewareType } from 'koa-router';

/** Loads the sign-in interaction the browser is in (oidc-provider throws when there is none). */
export default function koaInteraction(provider: Provider): MiddlewareType {
  return async (ctx, next) => {
    ctx.interaction = await provider.interactionDetails(ctx.req, ctx.res);
    return next();
  };
}
