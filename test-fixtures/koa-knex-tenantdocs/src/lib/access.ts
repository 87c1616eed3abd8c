import type { Context } from 'koa';
import { db } from '../db.js';

export async function findMembership(orgId: string, userId: string) {
  return db('memberships').where({ org_id: orgId, user_id: userId }).first();
}

export async function assertMember(ctx: Context, orgId: string) {
  const membership = await findMembership(orgId, ctx.state.user.sub);
  if (!membership) ctx.throw(404, 'not found');
  return membership;
}

export function assertOrgAdmin(ctx: Context) {
  const role = ctx.state.membership?.role;
  if (role !== 'owner' && role !== 'admin') {
    ctx.throw(403, 'organization admins only');
  }
}
