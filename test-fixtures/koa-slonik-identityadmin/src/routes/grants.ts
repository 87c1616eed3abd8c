import type { ManagementRouter, RouterInitArgs } from './types.js';

export default function grantRoutes<T extends ManagementRouter>(...[router, { provider }]: RouterInitArgs<T>) {
  // revoking a user's grant: an expired one is found too (a stored grant looked up by id, no token verified)
  router.delete('/users/:userId/grants/:grantId', async (ctx, next) => {
    // ok: insecure-jwt
    const grant = await provider.Grant.find(ctx.params.grantId, { ignoreExpiration: true });
    if (!grant || grant.accountId !== ctx.params.userId) {
      ctx.throw(404, 'grant not found');
    }
    await grant.destroy();
    ctx.status = 204;
    return next();
  });
}
