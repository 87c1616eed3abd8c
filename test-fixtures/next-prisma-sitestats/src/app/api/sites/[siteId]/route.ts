import { prisma } from '@/lib/db';
import { parseRequest } from '@/lib/request';
import { json, ok, unauthorized } from '@/lib/response';
import { canUpdateSite, canViewSite } from '@/permissions';
import { getSite } from '@/queries/sites';

export async function GET(request: Request, { params }: { params: Promise<{ siteId: string }> }) {
  const { auth, error } = await parseRequest(request);
  if (error) return error();
  const { siteId } = await params;

  // the permission predicate looks the site up and compares it with the caller
  if (!(await canViewSite(auth, siteId))) {
    return unauthorized();
  }

  return json(await getSite(siteId));
}

export async function DELETE(request: Request, { params }: { params: Promise<{ siteId: string }> }) {
  const { error } = await parseRequest(request);
  if (error) return error();
  const { siteId } = await params;

  // any signed-in user can delete any site
  // expect: unscoped-tenant-query
  await prisma.site.delete({ where: { id: siteId } });
  return ok();
}

// the body goes to the database as sent: parseRequest is given no schema here
// expect: missing-input-validation
export async function POST(request: Request, { params }: { params: Promise<{ siteId: string }> }) {
  const { auth, body, error } = await parseRequest(request);
  if (error) return error();
  const { siteId } = await params;
  if (!(await canUpdateSite(auth, siteId))) {
    return unauthorized();
  }
  // another tenant's site on that domain only makes this one fail: nothing of it is shown
  // ok: unscoped-tenant-query
  const clash = await prisma.site.findFirst({ where: { domain: body.domain, NOT: { id: siteId } }, select: { id: true } });
  if (clash) return Response.json({ error: 'Domain already in use' }, { status: 409 });
  // ok: unscoped-tenant-query
  const site = await prisma.site.update({ where: { id: siteId }, data: { name: body.name, domain: body.domain } });
  return json(site);
}
