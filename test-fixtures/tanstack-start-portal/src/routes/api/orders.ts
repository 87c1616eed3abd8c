import { createServerFileRoute } from '@tanstack/react-start/server';
import { prisma } from '../../server/db';
import { requirePartner } from '../../middleware/partner';

// the partner's ERP pulls orders from here
export const ServerRoute = createServerFileRoute('/api/orders')
  .middleware([requirePartner])
  .methods({
    // ok: missing-auth, unscoped-tenant-query
    GET: async ({ context }) => Response.json(await prisma.order.findMany({ where: { organizationId: context.organizationId } })),
  });
