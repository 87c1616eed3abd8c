import { prisma } from '@/lib/db';
import { parseRequest } from '@/lib/request';
import { badRequest, ok, unauthorized } from '@/lib/response';
import { canManageUsers } from '@/permissions';

// an administrator removes an account (canManageUsers answers with the caller's admin flag)
// ok: missing-role-check
export async function DELETE(request: Request, { params }: { params: Promise<{ userId: string }> }) {
  const { auth, error } = await parseRequest(request);
  if (error) return error();
  if (!(await canManageUsers(auth))) {
    return unauthorized();
  }
  const { userId } = await params;
  if (userId === auth.user?.id) return badRequest({ message: 'You cannot delete yourself.' });
  // ok: unscoped-tenant-query
  await prisma.user.delete({ where: { id: userId } });
  return ok();
}
