import { orders } from '../data-source';
import type { Order } from '../entities/Order';

export interface Caller {
  sub: string;
  tenantId: string;
  role: string;
}

export function listForTenant(caller: Caller, status?: string) {
  const where: Partial<Order> = { tenantId: caller.tenantId };
  if (status) where.status = status as Order['status'];
  // ok: unscoped-tenant-query
  return orders().find({ where, order: { createdAt: 'DESC' }, take: 200 });
}

export async function getOwnedOrder(caller: Caller, id: string) {
  // ok: unscoped-tenant-query
  const order = await orders().findOne({ where: { id, tenantId: caller.tenantId } });
  if (!order) {
    const err: any = new Error('order not found');
    err.status = 404;
    throw err;
  }
  return order;
}
