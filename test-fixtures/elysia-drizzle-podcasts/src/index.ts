import { Elysia } from 'elysia';
import { cors } from '@elysiajs/cors';
import { log } from './lib/logger';
import { adminRoutes } from './routes/admin';
import { analyticsRoutes } from './routes/analytics';
import { apiKeyRoutes } from './routes/api-keys';
import { betaRoutes } from './routes/beta';
import { billingRoutes } from './routes/billing';
import { accountRoutes, authRoutes } from './routes/auth';
import { episodeRoutes } from './routes/episodes';
import { publicRoutes } from './routes/public';
import { showRoutes } from './routes/shows';
import { teamRoutes } from './routes/team';
import { webhookRoutes } from './routes/webhooks';

const app = new Elysia({
  cookie: {
    // expect: hardcoded-secret
    secrets: 'castwell cookie signing secret',
    sign: ['session'],
  },
})
  .use(
    cors({
      // expect: cors-wildcard
      origin: true,
      credentials: true,
    }),
  )
  .onRequest(({ request }) => {
    // expect: token-logging
    log.debug({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers) }, 'incoming request');
  })
  .onError(({ code, error, set }) => {
    if (code === 'VALIDATION') {
      set.status = 422;
      return { error: 'Invalid request' };
    }
    if (code === 'NOT_FOUND') {
      set.status = 404;
      return { error: 'Not found' };
    }
    log.error({ err: error }, 'unhandled error');
    set.status = 500;
    // expect: error-details-leak
    return { error: error.message, stack: error.stack };
  })
  // ok: missing-auth
  .get('/health', () => ({ status: 'ok' }))
  .use(authRoutes)
  .use(accountRoutes)
  .use(webhookRoutes)
  .use(publicRoutes)
  .use(showRoutes)
  .use(episodeRoutes)
  .use(apiKeyRoutes)
  .use(adminRoutes)
  .use(billingRoutes)
  .use(analyticsRoutes)
  .use(betaRoutes)
  .use(teamRoutes)
  .listen(Number(process.env.PORT ?? 3000));

log.info(`castwell api listening on ${app.server?.hostname}:${app.server?.port}`);

export type App = typeof app;
