import type { Context } from 'koa';
import { db } from '../lib/db';

export interface SessionUser {
  sub: string;
  tenantId: string;
  role: 'member' | 'manager' | 'admin';
}

export const currentUser = (ctx: Context): SessionUser => ctx.state.user as SessionUser;

// Query builders pre-filtered to the caller's tenant.
export const tenantFacilities = (ctx: Context) => db('facilities').where('tenant_id', currentUser(ctx).tenantId);
export const tenantBookings = (ctx: Context) => db('bookings').where('bookings.tenant_id', currentUser(ctx).tenantId);
