import { prisma } from '@/lib/prisma';
import { withOrg } from '@/lib/withOrg';

// ok: missing-auth
export const GET = withOrg(async (_req, { orgId }) => {
  // ok: unscoped-tenant-query
  return Response.json(await prisma.subscriber.findMany({ where: { orgId }, orderBy: { createdAt: 'desc' } }));
});

// ok: missing-auth
export const DELETE = withOrg(async (req) => {
  const id = new URL(req.url).searchParams.get('id');
  if (!id) return Response.json({ error: 'id required' }, { status: 400 });
  // expect: unscoped-tenant-query
  await prisma.subscriber.delete({ where: { id } });
  return new Response(null, { status: 204 });
});
