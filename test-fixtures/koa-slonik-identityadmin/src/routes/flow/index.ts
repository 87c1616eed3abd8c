import type Router from 'koa-router';
import { z } from 'zod';

import koaInteraction from '../../middleware/koa-interaction.js';
import { signInRoutes } from '../const.js';
import type { AnonymousRouter, RouterInitArgs } from '../types.js';

import codeVerificationRoutes from './code.js';
import passwordVerificationRoutes from './password.js';

export default function signInFlowRoutes<T extends AnonymousRouter>(...[anonymousRouter, tenant]: RouterInitArgs<T>) {
  const { provider } = tenant;
  // `use()` returns the router: the helpers below are handed the same router
  const router = (anonymousRouter as Router).use(koaInteraction(provider));

  // starts a sign-in: the visitor is not signed in yet
  router.put(signInRoutes.prefix, async (ctx, next) => {
    const { event } = z.object({ event: z.enum(['SignIn', 'Register', 'ForgotPassword']) }).parse(ctx.request.body);
    await provider.interactionResult(ctx.req, ctx.res, { event }, { mergeWithLastSubmission: false });
    ctx.status = 204;
    return next();
  });

  // (abandons the visitor's own sign-in interaction)
  // ok: missing-auth
  router.delete(signInRoutes.prefix, async (ctx, next) => {
    await provider.interactionResult(ctx.req, ctx.res, {}, { mergeWithLastSubmission: false });
    ctx.status = 204;
    return next();
  });

  passwordVerificationRoutes(router, tenant);
  codeVerificationRoutes(router, tenant);
}
