import { Elysia } from 'elysia';
import { cors } from '@elysiajs/cors';
import { authRoutes } from './routes/auth';
import { boardRoutes } from './routes/boards';
import { adminRoutes } from './routes/admin';
import { fileRoutes } from './routes/files';
import { webhookRoutes } from './routes/webhooks';

const app = new Elysia({
  // expect: hardcoded-secret
  cookie: { secrets: 'kanban-cookie-signing', sign: ['session'] },
})
  .use(
    cors({
      // ok: cors-wildcard
      origin: /^https:\/\/([a-z0-9-]+\.)?kanban\.dev$/,
      credentials: true,
    })
  )
  .onError(({ code, error, set }) => {
    if (code === 'VALIDATION') {
      set.status = 422;
      return { error: 'Invalid request' };
    }
    set.status = 500;
    // expect: error-details-leak
    return { error: 'Internal error', detail: error.message, stack: error.stack };
  })
  // ok: missing-auth
  .get('/health', () => ({ ok: true }))
  .use(webhookRoutes)
  .use(authRoutes)
  .use(boardRoutes)
  .use(adminRoutes)
  .use(fileRoutes)
  .listen(Bun.env.PORT ?? 3000);

console.log(`kanban api on ${app.server?.hostname}:${app.server?.port}`);

export type App = typeof app;
