import Router from '@koa/router';
import multer from '@koa/multer';
import Joi from 'joi';
import { parse } from 'csv-parse/sync';
import { db } from '../db';
import { requireStaff, type StaffClaims } from '../middleware/auth';
import { validateBody } from '../middleware/validate';

const TenantSchema = Joi.object({
  firstName: Joi.string().max(60).required(),
  lastName: Joi.string().max(60).required(),
  email: Joi.string().email(),
  phone: Joi.string().max(30),
});

const csvUpload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 2 * 1024 * 1024, files: 1 },
  fileFilter: (_req, file, cb) => cb(null, file.mimetype === 'text/csv'),
});

export const tenantsRouter = new Router({ prefix: '/tenants' });
tenantsRouter.use(requireStaff);

// ok: missing-auth
tenantsRouter.get('/', async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  const q = `${String(ctx.query.q ?? '').toLowerCase()}%`;
  // ok: unscoped-tenant-query
  const { rows } = await db.raw('select id, first_name, last_name, email from tenants where company_id = ? and lower(last_name) like ? order by last_name limit 100', [
    user.companyId,
    q,
  ]);
  ctx.body = rows;
});

// ok: missing-auth
tenantsRouter.get('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const { rows } = await db.raw('select t.*, l.unit, l.rent_cents from tenants t left join leases l on l.tenant_id = t.id where t.id = ?', [ctx.params.id]);
  if (!rows.length) ctx.throw(404);
  ctx.body = rows[0];
});

// ok: missing-auth
tenantsRouter.get('/:id/balance', async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  const balance = await db.transaction(async (trx) => {
    // ok: unscoped-tenant-query
    const renter = await trx('tenants').where('id', ctx.params.id).andWhere('company_id', user.companyId).first('id');
    if (!renter) return null;
    // ok: unscoped-tenant-query
    const [row] = await trx('payments as pay')
      .join('leases as l', 'l.id', 'pay.lease_id')
      .where('l.tenant_id', renter.id)
      .sum({ due: 'pay.amount_cents' });
    return row.due;
  });
  if (balance === null) ctx.throw(404);
  ctx.body = { balance };
});

// ok: missing-auth, missing-input-validation
tenantsRouter.post('/', validateBody(TenantSchema), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  const b = ctx.request.body as Record<string, string>;
  const [tenant] = await db('tenants')
    .insert({ company_id: user.companyId, first_name: b.firstName, last_name: b.lastName, email: b.email, phone: b.phone })
    .returning('*');
  ctx.status = 201;
  ctx.body = tenant;
});

// the contact editor sends snake_case columns straight through
// expect: missing-input-validation
// ok: missing-auth
tenantsRouter.put('/:id', async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  const count = await db('tenants').where({ id: ctx.params.id, company_id: user.companyId }).update(ctx.request.body);
  if (!count) ctx.throw(404);
  ctx.status = 204;
});

// bulk import from the previous property software's CSV export
// expect: missing-rate-limit, missing-input-validation
// ok: missing-auth
tenantsRouter.post('/import', csvUpload.single('file'), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  const records: string[][] = parse(ctx.file.buffer.toString('utf8'), { from_line: 2 });
  const rows = records.map(([firstName, lastName, email, phone]) => ({
    company_id: user.companyId,
    first_name: firstName,
    last_name: lastName,
    email,
    phone,
  }));
  await db.batchInsert('tenants', rows, 200);
  ctx.body = { imported: rows.length };
});
