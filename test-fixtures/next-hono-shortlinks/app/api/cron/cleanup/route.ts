import { prisma } from '@/lib/prisma';
import { withCron } from '@/lib/cron';

// started by the scheduler: removes the links of a workspace being deleted
export const GET = withCron(async ({ req }) => {
  const workspaceId = new URL(req.url).searchParams.get('workspaceId') ?? '';
  // ok: unscoped-tenant-query
  const { count } = await prisma.link.deleteMany({ where: { workspaceId } });
  return Response.json({ deleted: count });
});
