import { prisma } from '@/lib/prisma';
import { withCron } from '@/lib/cron';

// the queue delivers one export job per workspace: the CSV goes to storage, not back to a user
// ok: missing-rate-limit
export const POST = withCron(async ({ rawBody }) => {
  const { workspaceId } = JSON.parse(rawBody) as { workspaceId: string };
  // ok: unscoped-tenant-query
  const links = await prisma.link.findMany({ where: { workspaceId }, select: { key: true, url: true, clicks: true } });
  return Response.json({ rows: links.length });
});
