import { prisma } from '@/lib/prisma';
import { withCron } from '@/lib/cron';

// the queue posts one sale at a time; the ads platform's "offline conversion upload" is a JSON call, no file is taken here
// ok: missing-rate-limit, missing-auth
export const POST = withCron(async ({ rawBody }) => {
  const { saleId } = JSON.parse(rawBody) as { saleId: string };
  // ok: unscoped-tenant-query
  const sale = await prisma.sale.findUnique({ where: { id: saleId } });
  if (!sale) return Response.json({ skipped: true });
  await prisma.sale.update({ where: { id: saleId }, data: { reportedAt: new Date() } });
  return Response.json({ reported: sale.id });
});
