import { prisma } from '@/lib/db';
import { parseRequest } from '@/lib/request';
import { json } from '@/lib/response';

// the site is looked up among the caller's own; its goals are then looked up by name within it
export async function GET(request: Request, { params }: { params: Promise<{ siteId: string }> }) {
  const { auth, error } = await parseRequest(request);
  if (error) return error();
  const { siteId } = await params;
  const name = new URL(request.url).searchParams.get('name') ?? '';
  // ok: unscoped-tenant-query
  const site = await prisma.site.findFirst({ where: { id: siteId, userId: auth.user!.id } }).catch(() => null);
  if (!site) return Response.json({ error: 'Not found' }, { status: 404 });
  // ok: unscoped-tenant-query
  const goal = await prisma.goal.findFirst({ where: { siteId: site.id, name } });
  return json(goal);
}
