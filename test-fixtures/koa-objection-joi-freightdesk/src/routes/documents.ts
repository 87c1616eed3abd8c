import Router from '@koa/router';
import { koaBody } from 'koa-body';
import path from 'node:path';
import { ShipmentDocument, Shipment } from '../models/index.js';
import { companyIdOf } from '../middleware/auth.js';

export const documentsRouter = new Router();

const ALLOWED_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

// ok: unrestricted-upload
const pdfOnly = koaBody({
  multipart: true,
  formidable: {
    maxFileSize: 15 * 1024 * 1024,
    uploadDir: path.resolve('storage/documents'),
    filter: ({ mimetype }) => Boolean(mimetype && ALLOWED_TYPES.has(mimetype)),
  },
});

// ok: unscoped-tenant-query
documentsRouter.get('/', async (ctx) => {
  const shipment = await Shipment.query().findOne({ id: ctx.params.shipmentId, companyId: companyIdOf(ctx) });
  ctx.assert(shipment, 404);
  ctx.body = await ShipmentDocument.query().where({ shipmentId: shipment.id });
});

documentsRouter.get('/:documentId', async (ctx) => {
  // expect: unscoped-tenant-query
  const doc = await ShipmentDocument.query().findById(ctx.params.documentId);
  ctx.assert(doc, 404);
  ctx.body = doc;
});

// expect: missing-rate-limit
documentsRouter.post('/', pdfOnly, async (ctx) => {
  const shipment = await Shipment.query().findOne({ id: ctx.params.shipmentId, companyId: companyIdOf(ctx) });
  ctx.assert(shipment, 404);
  const file = ctx.request.files?.file;
  ctx.assert(file && !Array.isArray(file), 400, 'file required');
  const doc = await ShipmentDocument.query().insert({
    companyId: shipment.companyId,
    shipmentId: shipment.id,
    kind: 'attachment',
    fileName: file.originalFilename ?? 'document',
    storagePath: file.filepath,
  });
  ctx.status = 201;
  ctx.body = doc;
});

// expect: missing-rate-limit
// expect: unrestricted-upload
documentsRouter.post('/photos', koaBody({ multipart: true, formidable: { uploadDir: path.resolve('storage/photos'), keepExtensions: true } }), async (ctx) => {
  const shipment = await Shipment.query().findOne({ id: ctx.params.shipmentId, companyId: companyIdOf(ctx) });
  ctx.assert(shipment, 404);
  const photo = ctx.request.files?.photo;
  ctx.assert(photo && !Array.isArray(photo), 400, 'photo required');
  ctx.body = await ShipmentDocument.query().insert({
    companyId: shipment.companyId,
    shipmentId: shipment.id,
    kind: 'photo',
    fileName: photo.originalFilename ?? 'photo',
    storagePath: photo.filepath,
  });
});

documentsRouter.del('/:documentId', async (ctx) => {
  // ok: unscoped-tenant-query
  const doc = await ShipmentDocument.query().findById(ctx.params.documentId);
  if (!doc || doc.companyId !== companyIdOf(ctx)) ctx.throw(404);
  await doc.$query().delete();
  ctx.status = 204;
});
