import { createServerFn } from '@tanstack/react-start';
import { z } from 'zod';
import { prisma } from '../db';
import { requirePartner } from '../../middleware/partner';

const OrderRef = z.object({ orderId: z.string().cuid() });

// ok: missing-auth
export const fetchOrders = createServerFn({ method: 'GET' })
  .middleware([requirePartner])
  .handler(async ({ context }) => {
    // ok: unscoped-tenant-query
    return prisma.order.findMany({ where: { organizationId: context.organizationId } });
  });

// ok: missing-auth
export const fetchOrder = createServerFn({ method: 'GET' })
  .middleware([requirePartner])
  .validator((input: unknown) => OrderRef.parse(input))
  .handler(async ({ data }) => {
    // expect: unscoped-tenant-query
    return prisma.order.findUnique({ where: { id: data.orderId } });
  });

// ok: missing-auth, missing-input-validation
export const addOrderNote = createServerFn({ method: 'POST' })
  .middleware([requirePartner])
  .validator(z.object({ orderId: z.string(), note: z.string().max(500) }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    await prisma.order.updateMany({
      where: { id: data.orderId, organizationId: context.organizationId },
      data: { notes: data.note },
    });
  });

// the status page polls this; a copy of fetchOrder without the middleware
// expect: missing-auth
export const orderStatus = createServerFn({ method: 'GET' })
  .validator(OrderRef)
  .handler(async ({ data }) => {
    // ok: unscoped-tenant-query
    const order = await prisma.order.findUnique({ where: { id: data.orderId }, select: { status: true, reference: true, notes: true } });
    return order;
  });
