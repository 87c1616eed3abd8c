import Router from '@koa/router';
import multer from '@koa/multer';
import path from 'path';
import { db } from '../db';
import { requireStaff, type StaffClaims } from '../middleware/auth';
import { uploadLimiter } from '../middleware/ratelimit';

// expect: unrestricted-upload
const leaseUpload = multer({ dest: path.join(__dirname, '../../uploads/leases') });

const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
// ok: unrestricted-upload
const photoUpload = multer({
  dest: path.join(__dirname, '../../uploads/photos'),
  limits: { fileSize: 8 * 1024 * 1024, files: 10 },
  fileFilter: (_req, file, cb) => cb(null, PHOTO_TYPES.has(file.mimetype)),
});

export const documentsRouter = new Router({ prefix: '/documents' });
documentsRouter.use(requireStaff);

// ok: missing-auth, missing-rate-limit
documentsRouter.post('/leases/:leaseId', uploadLimiter, leaseUpload.single('document'), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  let count = 0;
  try {
    // ok: unscoped-tenant-query
    count = await db('leases')
      .where({ id: ctx.params.leaseId, company_id: user.companyId })
      .update({ document_path: ctx.file.path });
  } catch (err: any) {
    // a 5xx from http-errors is not exposed: the error middleware answers 'Internal server error'
    // ok: error-details-leak
    ctx.throw(500, err.message);
  }
  if (!count) ctx.throw(404);
  ctx.status = 201;
});

// inspection photos for a property
// expect: missing-rate-limit
// ok: missing-auth
documentsRouter.post('/properties/:propertyId/photos', photoUpload.array('photos', 10), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  const property = await db('properties').where({ id: ctx.params.propertyId, company_id: user.companyId }).first('id');
  if (!property) ctx.throw(404);
  const files = ctx.files as unknown as Express.Multer.File[];
  await db('property_photos').insert(files.map((f) => ({ property_id: property.id, path: f.path, size: f.size })));
  ctx.status = 201;
  ctx.body = { uploaded: files.length };
});
