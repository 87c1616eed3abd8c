import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import jwt from 'koa-jwt';
import { prisma } from './lib/prisma';

// the partner garage portal: signed-in garages see more, anonymous visitors see the public directory
export const partnerApp = new Koa();
const partner = new Router({ prefix: '/partner' });

partnerApp.use(bodyParser());
partnerApp.use(jwt({ secret: process.env.PARTNER_JWT_SECRET!, algorithms: ['HS256'], passthrough: true }));

// ok: missing-auth
partner.get('/directory', async (ctx) => {
  ctx.body = [{ name: 'Fleetdesk certified garages', url: '/partner/garages' }];
});

// ok: missing-auth
partner.get('/jobs', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'sign in first');
  // ok: unscoped-tenant-query
  ctx.body = await prisma.workOrder.findMany({ where: { companyId: ctx.state.user.companyId, status: 'open' } });
});

// passthrough lets anonymous requests reach this handler, which never checks ctx.state.user
// expect: missing-auth, missing-input-validation
partner.post('/jobs/:id/quote', async (ctx) => {
  const { costCents } = ctx.request.body as { costCents: number };
  await prisma.workOrder.updateMany({ where: { id: ctx.params.id }, data: { costCents: Number(costCents) } });
  ctx.status = 204;
});

partnerApp.use(partner.routes()).use(partner.allowedMethods());
