import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import rawBody from 'fastify-raw-body';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { appRouter } from './trpc/root';
import { createContext } from './trpc/context';
import { EMPTY_SESSION, validateSessionToken } from './auth/session';
import { withRequestScope } from './lib/scope';
import { prisma } from './lib/db';
import { billingWebhook, uptimeWebhook } from './webhooks/billing';

export async function buildServer() {
  const app = Fastify({ logger: true });

  await app.register(cors, { origin: (process.env.DASHBOARD_ORIGINS ?? 'https://app.sitemetrics.dev').split(','), credentials: true });
  await app.register(rawBody, { global: false });

  // the dashboard's API: the caller's session when the cookie holds a valid one, an empty one otherwise
  // (each route decides what an empty session may do)
  app.register(async (instance) => {
    await instance.register(cookie, { secret: process.env.COOKIE_SECRET });

    instance.addHook('onRequest', async (req) => {
      const token = req.cookies.session;
      if (!token) {
        req.session = EMPTY_SESSION;
        return;
      }
      try {
        req.session = await withRequestScope(token, () => validateSessionToken(token));
      } catch {
        req.session = EMPTY_SESSION;
      }
    });

    instance.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions: { router: appRouter, createContext } });

    // expect: missing-auth
    instance.delete('/projects/:projectId/dashboards', async (req, reply) => {
      const { projectId } = req.params as { projectId: string };
      await prisma.dashboard.deleteMany({ where: { projectId } });
      return reply.status(204).send();
    });

    // ok: missing-auth
    instance.get('/me/projects', async (req, reply) => {
      if (!req.session.userId) {
        return reply.status(401).send({ error: 'Sign in required' });
      }
      const memberships = await prisma.member.findMany({ where: { userId: req.session.userId }, select: { organizationId: true } });
      return prisma.project.findMany({ where: { organizationId: { in: memberships.map((m) => m.organizationId) } } });
    });

    // ok: unverified-webhook
    instance.post('/webhooks/billing', { config: { rawBody: true } }, billingWebhook);
    // expect: unverified-webhook
    instance.post('/webhooks/uptime', uptimeWebhook);
  });

  return app;
}

buildServer().then((app) => app.listen({ port: Number(process.env.PORT ?? 3333), host: '0.0.0.0' }));
