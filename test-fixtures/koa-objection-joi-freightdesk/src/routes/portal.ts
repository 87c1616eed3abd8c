import Router from '@koa/router';
import koaJwt from 'koa-jwt';
import { Shipment } from '../models/index.js';

export const portalRouter = new Router({ prefix: '/portal' });

portalRouter.use(koaJwt({ secret: process.env.JWT_SECRET!, algorithms: ['HS256'], passthrough: true, key: 'user' }));

// expect: missing-auth
portalRouter.get('/shipments/:shipmentId', async (ctx) => {
  const shipment = await Shipment.query().findById(ctx.params.shipmentId).withGraphFetched('documents');
  ctx.assert(shipment, 404);
  ctx.body = { reference: shipment.reference, status: shipment.status, documents: shipment.documents };
});

// ok: missing-auth
portalRouter.get('/status', (ctx) => {
  ctx.body = { ok: true, signedIn: Boolean(ctx.state.user) };
});
