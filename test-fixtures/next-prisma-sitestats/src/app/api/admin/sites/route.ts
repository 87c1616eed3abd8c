import { prisma } from '@/lib/db';
import { parseRequest } from '@/lib/request';
import { json, unauthorized } from '@/lib/response';
import { canViewAllSites } from '@/permissions';

// ok: missing-role-check
export async function GET(request: Request) {
  const { auth, error } = await parseRequest(request);
  if (error) return error();
  if (!(await canViewAllSites(auth))) {
    return unauthorized();
  }
  return json(await prisma.site.findMany({ orderBy: { name: 'asc' } }));
}
