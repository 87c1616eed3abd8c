import Router from '@koa/router';
import crypto from 'node:crypto';
import type { Middleware } from 'koa';
import { pool } from '../db.js';

/** Operator API of the hosted service: infra tokens are minted by the platform team, not by tenants. */
const requireInfraToken: Middleware = async (ctx, next) => {
  const header = ctx.get('authorization');
  if (!header.startsWith('Bearer ')) ctx.throw(401, 'infra_token_missing');
  const digest = crypto.createHash('sha256').update(header.slice(7)).digest('hex');
  const { rows } = await pool.query('select id, label from infra_tokens where token_sha256 = $1 and revoked_at is null', [digest]);
  if (!rows[0]) ctx.throw(401, 'infra_token_invalid');
  ctx.state.infraToken = rows[0];
  return next();
};

export const infraRouter = new Router({ prefix: '/infra' });
infraRouter.use(requireInfraToken);

// ok: missing-auth
infraRouter.get('/tenants/:tenantId/applications', async (ctx) => {
  // Operators look across tenants by design.
  // ok: unscoped-tenant-query
  const { rows } = await pool.query('select id, name, type from applications where tenant_id = $1', [ctx.params.tenantId]);
  ctx.body = rows;
});
