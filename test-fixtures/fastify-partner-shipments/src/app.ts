import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import { ANONYMOUS, loadSession, type DashboardSession } from './lib/sessions';
import type { PartnerClient } from './lib/partnerKeys';
import dashboardRoutes from './routes/dashboard';
import partnerRoutes from './routes/partner';
import manageRoutes from './routes/manage';

declare module 'fastify' {
  interface FastifyRequest {
    session: DashboardSession;
    client?: PartnerClient;
  }
}

const dashboardOrigin = process.env.DASHBOARD_ORIGIN ?? 'https://app.parcelpath.io';

export async function buildApp() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });

  await app.register(cors, {
    // ok: cors-wildcard
    origin: [dashboardOrigin],
    credentials: true,
  });

  // Dashboard: the browser sends a session cookie. A missing or stale cookie is not an
  // error here; each route decides whether it needs a signed-in user.
  app.register(async (scope) => {
    await scope.register(cookie, { secret: process.env.COOKIE_SECRET });

    scope.addHook('onRequest', async (request) => {
      try {
        const session = await loadSession(request);
        request.session = session;
      } catch {
        request.session = ANONYMOUS;
      }
    });

    scope.register(dashboardRoutes, { prefix: '/dashboard' });
  });

  // Partner API: key id + secret in headers, checked for every route of the scope.
  app.register(partnerRoutes, { prefix: '/partner' });
  app.register(manageRoutes, { prefix: '/manage' });

  // ok: missing-auth
  app.get('/healthz', async () => ({ ok: true }));

  return app;
}
