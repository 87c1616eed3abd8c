import { prisma } from '@/lib/db';
import { parseRequest } from '@/lib/request';
import { json } from '@/lib/response';

// any signed-in user reads any tenant's site by its domain
export async function GET(request: Request) {
  const { error } = await parseRequest(request);
  if (error) return error();
  const domain = new URL(request.url).searchParams.get('domain') ?? '';
  // expect: unscoped-tenant-query
  const site = await prisma.site.findFirst({ where: { domain } }).catch(() => null);
  if (!site) return Response.json({ error: 'Not found' }, { status: 404 });
  return json(site);
}
