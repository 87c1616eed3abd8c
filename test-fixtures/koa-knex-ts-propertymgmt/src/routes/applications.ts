import Router from '@koa/router';
import multer from '@koa/multer';
import Joi from 'joi';
import { db } from '../db';
import { logger } from '../logger';
import { requireStaff, type StaffClaims } from '../middleware/auth';
import { validateBody } from '../middleware/validate';

const ApplicationSchema = Joi.object({
  propertyId: Joi.number().integer().required(),
  fullName: Joi.string().max(120).required(),
  email: Joi.string().email().required(),
  monthlyIncomeCents: Joi.number().integer().min(0),
});

// proof-of-income PDFs: capped in size, but nobody checks what kind of file it is
// expect: unrestricted-upload
const proofUpload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });

// prospective residents apply from the public listing page: no sign-in on this router
export const publicRouter = new Router({ prefix: '/public' });

// an anonymous write into a company's table: missing-auth asks for a review (or a suppression with the reason)
// expect: missing-auth
// ok: missing-input-validation
publicRouter.post('/applications', validateBody(ApplicationSchema), async (ctx) => {
  const body = ctx.request.body as { propertyId: number; fullName: string; email: string; monthlyIncomeCents?: number };
  const property = await db('properties').where({ id: body.propertyId }).first('id', 'company_id');
  if (!property) ctx.throw(404, 'Unknown property');
  const [app] = await db('applications')
    .insert({ company_id: property.company_id, property_id: property.id, full_name: body.fullName, email: body.email, monthly_income_cents: body.monthlyIncomeCents, status: 'new' })
    .returning(['id']);
  ctx.status = 201;
  ctx.body = { id: app.id };
});

// the "check your application" page: the applicant types the number from the confirmation email
// expect: missing-auth
publicRouter.get('/applications/:id', async (ctx) => {
  const { rows } = await db.raw('select id, full_name, email, monthly_income_cents, status from applications where id = :id', { id: ctx.params.id });
  if (!rows.length) ctx.throw(404);
  ctx.body = rows[0];
});

export const applicationsRouter = new Router({ prefix: '/applications' });
applicationsRouter.use(requireStaff);

applicationsRouter.param('applicationId', async (id, ctx, next) => {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  ctx.state.application = await db('applications').where({ id, company_id: user.companyId }).first();
  if (!ctx.state.application) ctx.throw(404);
  return next();
});

// ok: missing-auth
applicationsRouter.get('/:applicationId', async (ctx) => {
  ctx.body = ctx.state.application;
});

// expect: missing-rate-limit
// ok: missing-auth
applicationsRouter.post('/:applicationId/proof', proofUpload.single('proof'), async (ctx) => {
  // ok: unscoped-tenant-query
  await db('applications').where({ id: ctx.state.application.id }).update({ proof_size: ctx.file.size, proof_received_at: db.fn.now() });
  ctx.status = 204;
});

// expect: missing-input-validation
// ok: missing-auth
applicationsRouter.post('/bulk-reject', async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  const { ids, reason } = ctx.request.body as { ids: number[]; reason: string };
  // ok: unscoped-tenant-query
  await db('applications').whereIn('id', ids).andWhere({ company_id: user.companyId }).update({ status: 'rejected', rejection_reason: reason });
  ctx.status = 204;
});

// ok: missing-auth
applicationsRouter.delete('/', async (ctx) => {
  const ids = String(ctx.query.ids ?? '').split(',').map(Number);
  // expect: unscoped-tenant-query
  await db('applications').whereIn('id', ids).del();
  ctx.status = 204;
});
