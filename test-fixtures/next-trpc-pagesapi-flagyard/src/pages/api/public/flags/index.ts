import { z } from 'zod';

import { authedRoute } from '@/lib/public-api/authedRoute';
import { withMethods } from '@/lib/public-api/withMethods';
import { prisma } from '@/server/db';

export default withMethods({
  // ok: missing-auth
  GET: authedRoute({
    querySchema: z.object({ page: z.coerce.number().int().min(1).default(1) }),
    fn: async ({ query, auth }) => {
      // ok: unscoped-tenant-query
      return prisma.flag.findMany({ where: { projectId: auth.scope.projectId }, skip: (query.page - 1) * 50, take: 50 });
    },
  }),
  // ok: missing-auth
  POST: authedRoute({
    bodySchema: z.object({ key: z.string().regex(/^[a-z0-9_-]{2,64}$/), description: z.string().max(500).optional() }),
    fn: async ({ body, auth }) => {
      return prisma.flag.create({ data: { projectId: auth.scope.projectId, key: body.key, description: body.description } });
    },
  }),
});
