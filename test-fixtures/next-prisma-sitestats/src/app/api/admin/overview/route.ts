import { prisma } from '@/lib/db';
import { parseRequest } from '@/lib/request';
import { json } from '@/lib/response';
import { canViewAllSites } from '@/permissions';

// the admin flag is only reported back, never enforced
// expect: missing-role-check
export async function GET(request: Request) {
  const { auth, error } = await parseRequest(request);
  if (error) return error();
  const isAdmin = await canViewAllSites(auth);
  const [users, sites] = await Promise.all([prisma.user.count(), prisma.site.count()]);
  return json({ users, sites, isAdmin });
}
