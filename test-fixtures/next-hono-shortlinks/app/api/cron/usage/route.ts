import { prisma } from '@/lib/prisma';
import { withCron } from '@/lib/cron';

// queued per workspace by the nightly job: totals the clicks of one workspace
export const POST = withCron(async ({ rawBody }) => {
  const { workspaceId } = JSON.parse(rawBody) as { workspaceId: string };
  // ok: unscoped-tenant-query
  const links = await prisma.link.findMany({ where: { workspaceId }, select: { clicks: true } });
  const total = links.reduce((n, l) => n + l.clicks, 0);
  // ok: unscoped-tenant-query
  await prisma.workspace.update({ where: { id: workspaceId }, data: { name: undefined } });
  return Response.json({ workspaceId, total });
});
