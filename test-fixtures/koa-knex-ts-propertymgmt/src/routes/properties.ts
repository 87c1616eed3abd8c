import Router from '@koa/router';
import Joi from 'joi';
import { db } from '../db';
import { requireStaff, requireRole, type StaffClaims } from '../middleware/auth';
import { validateBody } from '../middleware/validate';
import { leasesRouter } from './leases';

const PropertySchema = Joi.object({
  name: Joi.string().max(120).required(),
  addressLine1: Joi.string().max(200).required(),
  city: Joi.string().max(80).required(),
  postcode: Joi.string().max(12),
  units: Joi.number().integer().min(1).max(2000).default(1),
  managerId: Joi.number().integer(),
});

export const propertiesRouter = new Router({ prefix: '/properties' });

propertiesRouter.use(requireStaff);

// ok: missing-auth
propertiesRouter.get('/', async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  const query = db('properties').where({ company_id: user.companyId });
  if (user.role === 'manager') query.andWhere({ manager_id: user.sub });
  ctx.body = await query.orderBy('name');
});

// ok: missing-auth
propertiesRouter.get('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const property = await db('properties').where({ id: ctx.params.id }).first();
  if (!property) ctx.throw(404);
  ctx.body = property;
});

// ok: missing-auth, missing-input-validation
propertiesRouter.post('/', requireRole('admin'), validateBody(PropertySchema), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  const body = ctx.request.body as Record<string, any>;
  const [property] = await db('properties')
    .insert({
      company_id: user.companyId,
      manager_id: body.managerId ?? user.sub,
      name: body.name,
      address_line1: body.addressLine1,
      city: body.city,
      postcode: body.postcode,
      units: body.units,
    })
    .returning('*');
  ctx.status = 201;
  ctx.body = property;
});

// ok: missing-auth, missing-input-validation
propertiesRouter.patch('/:id', validateBody(PropertySchema.fork(['name', 'addressLine1', 'city'], (s) => s.optional())), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  const body = ctx.request.body as Record<string, any>;
  // ok: unscoped-tenant-query
  const count = await db('properties')
    .where({ id: ctx.params.id, company_id: user.companyId })
    .update({ name: body.name, address_line1: body.addressLine1, city: body.city, postcode: body.postcode, units: body.units });
  if (!count) ctx.throw(404);
  ctx.status = 204;
});

// ok: missing-auth
propertiesRouter.delete('/:id', requireRole('admin'), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  const count = await db('properties').where({ id: ctx.params.id, company_id: user.companyId }).del();
  if (!count) ctx.throw(404);
  ctx.status = 204;
});

propertiesRouter.use('/:propertyId/leases', leasesRouter.routes(), leasesRouter.allowedMethods());
