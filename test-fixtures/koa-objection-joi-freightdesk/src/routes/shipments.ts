import Router from '@koa/router';
import Joi from 'joi';
import { Shipment } from '../models/index.js';
import { knex } from '../db.js';
import { companyIdOf, requireRole } from '../middleware/auth.js';
import { validateBody } from '../middleware/validate.js';
import { ShipmentService, shipmentsByReference } from '../services/shipmentService.js';
import { documentsRouter } from './documents.js';

const ShipmentInput = Joi.object({
  reference: Joi.string().max(40).required(),
  origin: Joi.string().max(120).required(),
  destination: Joi.string().max(120).required(),
  weightKg: Joi.number().positive().max(40_000).required(),
  carrierId: Joi.number().integer().allow(null),
});

export const shipmentsRouter = new Router({ prefix: '/shipments' });

shipmentsRouter.param('shipmentId', async (id, ctx, next) => {
  // ok: unscoped-tenant-query
  const shipment = await Shipment.query().findOne({ id, companyId: companyIdOf(ctx) });
  if (!shipment) ctx.throw(404, 'shipment not found');
  ctx.state.shipment = shipment;
  return next();
});

// ok: missing-auth, unscoped-tenant-query
shipmentsRouter.get('/', async (ctx) => {
  ctx.body = await new ShipmentService(companyIdOf(ctx)).list(ctx.query.status as string | undefined);
});

shipmentsRouter.get('/recent', async (ctx) => {
  ctx.body = await new ShipmentService(companyIdOf(ctx)).recent(Number(ctx.query.limit ?? 20));
});

shipmentsRouter.get('/search', async (ctx) => {
  ctx.body = await shipmentsByReference(String(ctx.query.ref ?? ''));
});

// ok: missing-input-validation
shipmentsRouter.post('/', requireRole('admin', 'dispatcher'), validateBody(ShipmentInput), async (ctx) => {
  ctx.status = 201;
  ctx.body = await Shipment.query().insert({ ...(ctx.request.body as object), companyId: companyIdOf(ctx), status: 'draft' });
});

shipmentsRouter.get('/report', async (ctx) => {
  const companyId = ctx.query.companyId ?? companyIdOf(ctx);
  // expect: unscoped-tenant-query
  ctx.body = await Shipment.query().where({ companyId }).select('reference', 'status', 'weightKg');
});

shipmentsRouter.get('/documents/:documentId/raw', async (ctx) => {
  // expect: unscoped-tenant-query
  const { rows } = await knex.raw('select * from shipment_documents where id = ?', [ctx.params.documentId]);
  ctx.body = rows[0] ?? null;
});

shipmentsRouter.get('/:shipmentId/documents-summary', async (ctx) => {
  // ok: unscoped-tenant-query
  const docs = await (ctx.state.shipment as Shipment).$relatedQuery('documents').select('kind', 'fileName');
  ctx.body = { count: docs.length, docs };
});

shipmentsRouter.get('/:shipmentId', async (ctx) => {
  ctx.body = ctx.state.shipment;
});

// expect: missing-input-validation
shipmentsRouter.patch('/:shipmentId', requireRole('admin', 'dispatcher'), async (ctx) => {
  ctx.body = await (ctx.state.shipment as Shipment).$query().patchAndFetch(ctx.request.body as Partial<Shipment>);
});

const StatusInput = Joi.object({ status: Joi.string().valid('booked', 'in_transit', 'delivered').required() });

// ok: missing-input-validation
shipmentsRouter.post('/:shipmentId/status', requireRole('admin', 'dispatcher'), validateBody(StatusInput), async (ctx) => {
  const shipment = ctx.state.shipment as Shipment;
  ctx.body = await shipment.$query().patchAndFetch({ status: (ctx.request.body as { status: Shipment['status'] }).status });
});

const BulkStatusInput = StatusInput.keys({ ids: Joi.array().items(Joi.number().integer()).min(1).max(500).required() });

// ok: missing-input-validation
shipmentsRouter.post('/bulk-status', requireRole('admin', 'dispatcher'), validateBody(BulkStatusInput), async (ctx) => {
  const { ids, status } = ctx.request.body as { ids: number[]; status: Shipment['status'] };
  // expect: unscoped-tenant-query
  const updated = await Shipment.query().patch({ status }).whereIn('id', ids);
  ctx.body = { updated };
});

shipmentsRouter.use('/:shipmentId/documents', documentsRouter.routes(), documentsRouter.allowedMethods());
