import Router from '@koa/router';
import multer from '@koa/multer';
import { randomUUID } from 'node:crypto';
import { prisma } from '../lib/prisma';
import { currentUser } from '../middleware/auth';
import { uploadLimiter } from '../middleware/limits';
import { putObject } from '../lib/storage';

const ALLOWED = ['application/pdf', 'image/png', 'image/jpeg'];

// ok: unrestricted-upload
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 10 * 1024 * 1024, files: 1 },
  fileFilter: (_req, file, cb) => cb(null, ALLOWED.includes(file.mimetype)),
});

// mounted at /api/vehicles/:vehicleId/documents
export const documentsRouter = new Router();

// every document route first loads the vehicle inside the caller's company
documentsRouter.use(async (ctx, next) => {
  const { companyId } = currentUser(ctx);
  const vehicle = await prisma.vehicle.findFirst({ where: { id: ctx.params.vehicleId, companyId } });
  if (!vehicle) ctx.throw(404, 'vehicle not found');
  ctx.state.vehicle = vehicle;
  await next();
});

// ok: missing-auth, unscoped-tenant-query
documentsRouter.get('/', async (ctx) => {
  ctx.body = await prisma.document.findMany({ where: { vehicleId: ctx.state.vehicle.id } });
});

// upload metadata (multer's originalname, size) stored with the file: no request body written
// ok: missing-rate-limit, unrestricted-upload, missing-input-validation
documentsRouter.post('/', uploadLimiter, upload.single('file'), async (ctx) => {
  const file = ctx.request.file;
  if (!file) ctx.throw(400, 'file required');
  const key = `${ctx.state.vehicle.companyId}/${randomUUID()}`;
  await putObject(key, file.buffer, file.mimetype);
  ctx.status = 201;
  ctx.body = await prisma.document.create({
    data: {
      filename: file.originalname.slice(0, 200),
      mimeType: file.mimetype,
      sizeBytes: file.size,
      storageKey: key,
      vehicleId: ctx.state.vehicle.id,
      companyId: ctx.state.vehicle.companyId,
      uploadedBy: currentUser(ctx).sub,
    },
  });
});
