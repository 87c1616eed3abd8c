import { prisma } from '@/lib/db';
import { json } from '@/lib/response';
import { getSite } from '@/queries/sites';

// the stats page a team shares: anyone may read a public site's recent events; a private site is "not found"
// ok: missing-auth
export async function GET(_request: Request, { params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const site = await getSite(siteId);
  if (!site || site.shareLevel !== 'public') return Response.json({ error: 'Not found' }, { status: 404 });
  // ok: unscoped-tenant-query
  const events = await prisma.event.findMany({ where: { siteId: site.id }, orderBy: { at: 'desc' }, take: 100 });
  return json({ name: site.name, domain: site.domain, events });
}
