import Router from '@koa/router';
import { Carrier, Shipment } from '../models/index.js';

export const publicRouter = new Router({ prefix: '/public' });

// ok: missing-auth
publicRouter.get('/health', (ctx) => {
  ctx.body = { ok: true };
});

// ok: missing-auth
publicRouter.get('/carriers', async (ctx) => {
  ctx.body = await Carrier.query().select('id', 'name', 'scac');
});

// expect: missing-auth
publicRouter.get('/companies/:companyId/shipments', async (ctx) => {
  ctx.body = await Shipment.query().where('companyId', ctx.params.companyId).select('reference', 'status', 'destination');
});
