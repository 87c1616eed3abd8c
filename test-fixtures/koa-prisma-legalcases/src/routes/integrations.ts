import Router from '@koa/router';
import jwt from 'koa-jwt';
import { z } from 'zod';
import { prisma } from '../lib/db';

// machine-to-machine API for the firm's document-assembly tool: tokens carry the workspace
export const integrationsRouter = new Router({ prefix: '/integrations/v1' });

integrationsRouter.use(
  // expect: insecure-jwt
  jwt({ secret: process.env.INTEGRATION_JWT_SECRET || 'lexcase-integrations', key: 'integration' }).unless({
    path: [/^\/integrations\/v1\/templates/],
  }),
);

// the assembly tool fetches the firm's clause templates before the user signs in
// expect: missing-auth
integrationsRouter.get('/templates', async (ctx) => {
  const workspaceId = String(ctx.query.workspace ?? '');
  ctx.body = await prisma.client.findMany({ where: { workspaceId }, select: { id: true, name: true, email: true } });
});

// ok: missing-auth
integrationsRouter.get('/cases', async (ctx) => {
  const { workspaceId } = ctx.state.integration as { workspaceId: string };
  // ok: unscoped-tenant-query
  ctx.body = await prisma.case.findMany({ where: { workspaceId }, select: { id: true, reference: true, title: true } });
});

// ok: missing-auth, missing-input-validation
integrationsRouter.post('/cases/:caseId/notes', async (ctx) => {
  const { workspaceId } = ctx.state.integration as { workspaceId: string };
  const { text } = z.object({ text: z.string().min(1).max(5000) }).parse(ctx.request.body);
  // ok: unscoped-tenant-query
  const res = await prisma.case.updateMany({ where: { id: ctx.params.caseId, workspaceId }, data: { notes: text } });
  ctx.status = res.count ? 204 : 404;
});
