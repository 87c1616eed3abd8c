import { createAPIFileRoute } from '@tanstack/react-start/api';
import { prisma } from '../../server/db';

// left over from the first version of the ERP sync (before server routes had middleware)
export const APIRoute = createAPIFileRoute('/api/orders/$orderId')({
  // expect: missing-auth
  GET: async ({ params }) => {
    // ok: unscoped-tenant-query
    const order = await prisma.order.findUnique({ where: { id: params.orderId } });
    return order ? Response.json(order) : new Response('Not found', { status: 404 });
  },
});
