import path from 'node:path';
import fs from 'node:fs/promises';
import Router from '@koa/router';
import { koaBody } from 'koa-body';
import { z } from 'zod';
import { db } from '../lib/db';
import { uploadLimiter } from '../middleware/rateLimit';
import { requireRole } from '../middleware/roles';
import { currentUser, tenantFacilities } from '../services/tenantScope';

export const facilitiesRouter = new Router();

const FacilityInput = z.object({ name: z.string().min(2).max(80), capacity: z.number().int().positive(), isPublic: z.boolean().default(false) });

// ok: unrestricted-upload
const floorPlanBody = koaBody({
  multipart: true,
  formidable: {
    maxFileSize: 5 * 1024 * 1024,
    maxFiles: 1,
    filter: ({ mimetype }) => !!mimetype && ['image/png', 'image/jpeg', 'application/pdf'].includes(mimetype),
  },
});

// ok: missing-auth
facilitiesRouter.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await tenantFacilities(ctx).select('id', 'name', 'capacity').orderBy('name');
});

facilitiesRouter.get('/:id', async (ctx) => {
  // ok: unscoped-tenant-query
  const facility = await tenantFacilities(ctx).where('id', ctx.params.id).first();
  if (!facility) ctx.throw(404);
  ctx.body = facility;
});

// ok: missing-input-validation
facilitiesRouter.post('/', requireRole('manager', 'admin'), async (ctx) => {
  const input = FacilityInput.parse(ctx.request.body);
  const [facility] = await db('facilities')
    .insert({ name: input.name, capacity: input.capacity, is_public: input.isPublic, tenant_id: currentUser(ctx).tenantId })
    .returning('*');
  ctx.status = 201;
  ctx.body = facility;
});

// expect: missing-input-validation
facilitiesRouter.patch('/:id', requireRole('manager', 'admin'), async (ctx) => {
  const { name, capacity } = ctx.request.body as { name?: string; capacity?: number };
  // expect: unscoped-tenant-query
  const [facility] = await db('facilities').where({ id: ctx.params.id }).update({ name, capacity }).returning('*');
  ctx.body = facility;
});

// ok: missing-rate-limit
facilitiesRouter.put('/:id/floor-plan', uploadLimiter, floorPlanBody, async (ctx) => {
  const file = ctx.request.files?.plan;
  if (!file || Array.isArray(file)) ctx.throw(400, 'one file expected');
  const target = path.join('uploads', 'floor-plans', `${ctx.params.id}${path.extname(file.originalFilename ?? '')}`);
  await fs.rename(file.filepath, target);
  // ok: unscoped-tenant-query
  await tenantFacilities(ctx).where('id', ctx.params.id).update({ floor_plan_path: target });
  ctx.body = { path: target };
});

// photo gallery; the mobile app posts whatever the camera produced
// expect: missing-rate-limit
facilitiesRouter.post('/:id/photos',
  // expect: unrestricted-upload
  koaBody({ multipart: true, formidable: { keepExtensions: true, uploadDir: 'uploads/photos' } }),
  async (ctx) => {
    const files = ctx.request.files?.photos;
    ctx.body = { stored: Array.isArray(files) ? files.length : files ? 1 : 0 };
  },
);
