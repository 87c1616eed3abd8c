import Router from '@koa/router';
import jwt from 'jsonwebtoken';
import type { Context, Next } from 'koa';
import { db } from '../db';

// listing syndication partners call with a token our partner portal signs with its private key
const PARTNER_PUBLIC_KEY = (process.env.PARTNER_PUBLIC_KEY ?? '').replace(/\\n/g, '\n');

async function partnerAuth(ctx: Context, next: Next) {
  const header = ctx.get('authorization');
  if (!header.startsWith('Bearer ')) ctx.throw(401, 'Missing partner token');
  try {
    // expect: insecure-jwt
    ctx.state.partner = jwt.verify(header.slice(7), PARTNER_PUBLIC_KEY) as { partnerId: string; companyId: number };
  } catch {
    ctx.throw(401, 'Invalid partner token');
  }
  await next();
}

export const partnerRouter = new Router({ prefix: '/partner' });

partnerRouter.use(async (ctx, next) => {
  try {
    await next();
  } catch (err: any) {
    ctx.status = err.status ?? 502;
    // expect: error-details-leak
    ctx.body = { error: err.message, stack: err.stack };
  }
});
partnerRouter.use(partnerAuth);

// ok: missing-auth
partnerRouter.get('/listings', async (ctx) => {
  const { companyId } = ctx.state.partner;
  // ok: unscoped-tenant-query
  ctx.body = await db('properties').where({ company_id: companyId }).select('id', 'name', 'city', 'units');
});

// ok: missing-auth
partnerRouter.get('/listings/:id', async (ctx) => {
  const { companyId } = ctx.state.partner;
  // ok: unscoped-tenant-query
  const { rows } = await db.raw(`select id, name, address_line1, city, postcode from properties where id = ${Number(ctx.params.id)} and company_id = ?`, [companyId]);
  if (!rows.length) ctx.throw(404);
  ctx.body = rows[0];
});
