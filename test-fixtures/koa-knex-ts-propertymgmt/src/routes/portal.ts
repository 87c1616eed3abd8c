import Router from '@koa/router';
import Joi from 'joi';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { db } from '../db';
import { config } from '../config';
import { requireRenter, type RenterClaims } from '../middleware/auth';
import { validateBody } from '../middleware/validate';
import { logger } from '../logger';

const PortalLogin = Joi.object({ email: Joi.string().email().required(), password: Joi.string().required() });
const MaintenanceSchema = Joi.object({
  description: Joi.string().min(10).max(2000).required(),
  priority: Joi.string().valid('low', 'normal', 'urgent').default('normal'),
});

// resident portal: its own router, mounted beside the staff API (no limiter here)
export const portalRouter = new Router({ prefix: '/portal' });

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
portalRouter.post('/login', validateBody(PortalLogin), async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const renter = await db('tenants').where({ email: email.toLowerCase() }).first();
  if (!renter?.portal_password_hash || !(await bcrypt.compare(password, renter.portal_password_hash))) {
    ctx.throw(401, 'Invalid credentials');
  }
  const token = jwt.sign({ tenantId: renter.id, companyId: renter.company_id }, config.portalJwtSecret, { algorithm: 'HS256', expiresIn: '7d' });
  // ok: insecure-cookie
  ctx.cookies.set('pm_portal', token, { httpOnly: true, sameSite: 'strict', maxAge: 7 * 86400 * 1000 });
  ctx.body = { ok: true };
});

// link in the "your lease is ready" email; lets the resident in without a password
// expect: missing-rate-limit
// ok: missing-auth
portalRouter.get('/magic-link', async (ctx) => {
  const token = String(ctx.query.token ?? '');
  // expect: token-logging
  logger.info({ token, ip: ctx.ip }, 'portal magic link used');
  // expect: insecure-jwt
  const claims = jwt.verify(token, config.portalJwtSecret, { algorithms: ['HS256'], ignoreExpiration: true }) as RenterClaims;
  const session = jwt.sign({ tenantId: claims.tenantId, companyId: claims.companyId }, config.portalJwtSecret, { algorithm: 'HS256', expiresIn: '7d' });
  // ok: insecure-cookie
  ctx.cookies.set('pm_portal', session, { httpOnly: true, sameSite: 'strict' });
  ctx.redirect('/resident');
});

// ok: missing-auth
portalRouter.get('/lease', requireRenter, async (ctx) => {
  const renter = ctx.state.renter as RenterClaims;
  // ok: unscoped-tenant-query
  const lease = await db('leases as l')
    .join('properties as p', 'p.id', 'l.property_id')
    .where({ 'l.tenant_id': renter.tenantId, 'l.company_id': renter.companyId, 'l.status': 'active' })
    .select('l.id', 'l.unit', 'l.starts_on', 'l.ends_on', 'l.rent_cents', 'p.name', 'p.address_line1', 'p.city')
    .first();
  if (!lease) ctx.throw(404, 'No active lease');
  ctx.body = lease;
});

// ok: missing-auth, missing-input-validation
portalRouter.post('/maintenance', requireRenter, validateBody(MaintenanceSchema), async (ctx) => {
  const renter = ctx.state.renter as RenterClaims;
  const { description, priority } = ctx.request.body as { description: string; priority: string };
  // ok: unscoped-tenant-query
  const lease = await db('leases').where({ tenant_id: renter.tenantId, company_id: renter.companyId, status: 'active' }).first('id');
  if (!lease) ctx.throw(404, 'No active lease');
  const [request] = await db('maintenance_requests')
    .insert({ company_id: renter.companyId, lease_id: lease.id, description, priority })
    .returning('*');
  ctx.status = 201;
  ctx.body = request;
});

const SwitchSchema = Joi.object({ leaseId: Joi.number().integer().required() });

// residents with two flats switch which lease the portal shows
// ok: missing-auth, missing-input-validation
portalRouter.post('/switch-lease', requireRenter, validateBody(SwitchSchema), async (ctx) => {
  const renter = ctx.state.renter as RenterClaims;
  const { leaseId } = ctx.request.body as { leaseId: number };
  // ok: unscoped-tenant-query
  const lease = await db('leases').where({ id: leaseId, tenant_id: renter.tenantId }).first('id');
  if (!lease) ctx.throw(404);
  const token = jwt.sign({ tenantId: renter.tenantId, companyId: renter.companyId, leaseId }, config.portalJwtSecret, { algorithm: 'HS256', expiresIn: '7d' });
  // expect: insecure-cookie
  ctx.cookies.set('pm_portal', token, { secure: false, sameSite: 'none' });
  ctx.body = { ok: true };
});
