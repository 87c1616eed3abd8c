import { prisma } from '@/lib/db';
import { parseRequest } from '@/lib/request';
import { json } from '@/lib/response';

// signed in is all it asks
// expect: missing-role-check
export async function GET(request: Request) {
  const { error } = await parseRequest(request);
  if (error) return error();
  // expect: unscoped-tenant-query
  return json(await prisma.user.findMany({ select: { id: true, username: true, isAdmin: true } }));
}
