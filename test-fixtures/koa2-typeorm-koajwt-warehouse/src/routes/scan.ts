import Router from '@koa/router';
import type { Context } from 'koa';
import jwt from 'koa-jwt';
import { In } from 'typeorm';
import { AppDataSource, stockItems } from '../data-source';
import { JWT_SECRET, signAccess } from '../lib/tokens';
import { logger } from '../lib/logger';

function tenantScope(ctx: Context) {
  return { tenantId: ctx.state.user.tenantId as string };
}

// handheld scanners: the token is optional so the kiosk screen can show the public pick board
export const scanRouter = new Router({ prefix: '/scan' });
scanRouter.use(jwt({ secret: JWT_SECRET, passthrough: true, algorithms: ['HS256'] }));

// expect: missing-auth
scanRouter.get('/bins/:warehouseId', async (ctx) => {
  // the kiosk board: every item in the warehouse
  ctx.body = await stockItems().find({ where: { warehouseId: ctx.params.warehouseId }, select: ['sku', 'name', 'quantity'] });
});

scanRouter.post('/count', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'scanner not signed in');
  const { ids } = ctx.request.body as { ids: string[] };
  // ok: unscoped-tenant-query
  const items = await stockItems().findBy({ id: In(ids), ...tenantScope(ctx) });
  ctx.body = items.map((i) => ({ id: i.id, quantity: i.quantity }));
});

scanRouter.post('/discard', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'scanner not signed in');
  const { ids } = ctx.request.body as { ids: string[] };
  // expect: unscoped-tenant-query
  await stockItems().delete(ids);
  ctx.status = 204;
});

scanRouter.get('/item/:id/raw', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401);
  // expect: unscoped-tenant-query
  const [row] = await AppDataSource.query('SELECT * FROM stock_items WHERE id = $1', [ctx.params.id]);
  ctx.body = row ?? null;
});

scanRouter.post('/pair', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401);
  // expect: token-logging
  console.log('pairing scanner', ctx.request.header);
  const token = signAccess({ sub: ctx.state.user.sub, tenantId: ctx.state.user.tenantId, role: 'picker' });
  // expect: insecure-cookie
  ctx.cookies.set('wh_scanner_token', token, { httpOnly: true, secure: false, sameSite: 'lax' });
  // ok: token-logging
  logger.info({ scanner: ctx.state.user.sub }, 'scanner paired');
  ctx.status = 204;
});
