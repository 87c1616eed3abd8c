import Router from '@koa/router';
import Joi from 'joi';
import type { Context, Next } from 'koa';
import { db } from '../db';
import type { StaffClaims } from '../middleware/auth';
import { validateBody } from '../middleware/validate';
import { createLease, leaseDocumentPath, listLeases, terminateLease } from '../services/leases';

const LeaseSchema = Joi.object({
  tenantId: Joi.number().integer().required(),
  unit: Joi.string().max(20),
  startsOn: Joi.date().iso().required(),
  endsOn: Joi.date().iso(),
  rentCents: Joi.number().integer().min(0).required(),
});
const TerminateSchema = Joi.object({ endsOn: Joi.date().iso().required() });

// mounted under /properties/:propertyId/leases
export const leasesRouter = new Router();

async function loadProperty(ctx: Context, next: Next) {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  const property = await db('properties').where({ id: ctx.params.propertyId, company_id: user.companyId }).first();
  if (!property) ctx.throw(404, 'Property not found');
  ctx.state.property = property;
  await next();
}

leasesRouter.use(loadProperty);

// ok: missing-auth
leasesRouter.get('/', async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  ctx.body = await listLeases(user.companyId, ctx.state.property.id);
});

// ok: missing-auth, missing-input-validation
leasesRouter.post('/', validateBody(LeaseSchema), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  const lease = await createLease(user.companyId, ctx.state.property.id, ctx.request.body as any);
  if (!lease) ctx.throw(422, 'Unknown tenant');
  ctx.status = 201;
  ctx.body = lease;
});

// ok: missing-auth, missing-input-validation
leasesRouter.post('/:leaseId/terminate', validateBody(TerminateSchema), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  const count = await terminateLease(user.companyId, Number(ctx.params.leaseId), (ctx.request.body as any).endsOn);
  if (!count) ctx.throw(404);
  ctx.status = 204;
});

// ok: missing-auth
leasesRouter.get('/:leaseId/document', async (ctx) => {
  const path = await leaseDocumentPath(Number(ctx.params.leaseId));
  if (!path) ctx.throw(404);
  ctx.attachment(`lease-${ctx.params.leaseId}.pdf`);
  ctx.body = path;
});
