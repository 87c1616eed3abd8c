import { z } from 'zod';
import { prisma } from '@/lib/db';
import { parseRequest } from '@/lib/request';
import { json, unauthorized } from '@/lib/response';
import { canUpdateSite } from '@/permissions';

const Transfer = z.object({ username: z.string().min(3).max(64) });

// hands a site the caller may update to another account, named by its username
export async function POST(request: Request, { params }: { params: Promise<{ siteId: string }> }) {
  const { auth, body, error } = await parseRequest(request, Transfer);
  if (error) return error();
  const { siteId } = await params;
  if (!(await canUpdateSite(auth, siteId))) return unauthorized();
  // an account found by its name (case-insensitively), not a tenant's record by id
  // ok: unscoped-tenant-query
  const recipient = await prisma.user.findFirst({ where: { username: { equals: body.username, mode: 'insensitive' } }, select: { id: true } });
  if (!recipient) return Response.json({ error: 'No such user' }, { status: 404 });
  // ok: unscoped-tenant-query
  return json(await prisma.site.update({ where: { id: siteId }, data: { userId: recipient.id, teamId: null } }));
}
