import { z } from 'zod';

import { authedRoute } from '@/lib/public-api/authedRoute';
import { withMethods } from '@/lib/public-api/withMethods';
import { prisma } from '@/server/db';

const FlagQuery = z.object({ flagId: z.string() });

export default withMethods({
  GET: authedRoute({
    querySchema: FlagQuery,
    fn: async ({ query, auth }) => {
      // ok: unscoped-tenant-query
      return prisma.flag.findFirst({ where: { id: query.flagId, projectId: auth.scope.projectId } });
    },
  }),
  // the key's project is not in the filter: any key deletes any project's flag by id
  DELETE: authedRoute({
    querySchema: FlagQuery,
    fn: async ({ query }) => {
      // expect: unscoped-tenant-query
      await prisma.flag.delete({ where: { id: query.flagId } });
      return { message: 'Flag deleted' };
    },
  }),
});
