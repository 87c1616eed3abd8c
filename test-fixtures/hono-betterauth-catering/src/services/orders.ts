import { and, eq } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { db } from '../db/index.js';
import { menus, orders } from '../db/schema.js';

export const createOrderInput = z.object({
  menuId: z.string().min(1),
  eventId: z.string().min(1).optional(),
  customerEmail: z.string().email(),
  totalCents: z.number().int().positive().max(10_000_000),
});
export type CreateOrderInput = z.infer<typeof createOrderInput>;

export async function getOrderForOrg(orgId: string, orderId: string) {
  // ok: unscoped-tenant-query
  const order = await db.query.orders.findFirst({
    where: and(eq(orders.id, orderId), eq(orders.organizationId, orgId)),
  });
  if (!order) throw new HTTPException(404, { message: 'Order not found' });
  return order;
}

export async function createOrder(orgId: string, input: CreateOrderInput) {
  // ok: unscoped-tenant-query
  const menu = await db.query.menus.findFirst({
    where: and(eq(menus.id, input.menuId), eq(menus.organizationId, orgId)),
  });
  if (!menu) throw new HTTPException(400, { message: 'Unknown menu' });
  const [order] = await db
    .insert(orders)
    .values({
      id: crypto.randomUUID(),
      organizationId: orgId,
      menuId: menu.id,
      eventId: input.eventId,
      customerEmail: input.customerEmail,
      totalCents: input.totalCents,
    })
    .returning();
  return order;
}

export function buildInvoice(order: typeof orders.$inferSelect) {
  const vat = Math.round(order.totalCents * 0.2);
  return { orderId: order.id, net: order.totalCents, vat, gross: order.totalCents + vat, email: order.customerEmail };
}
