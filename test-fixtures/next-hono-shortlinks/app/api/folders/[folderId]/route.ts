import { prisma } from '@/lib/prisma';
import { withUser } from '@/lib/with-user';

// a signed-in user's wrapper: the folder id is the client's, nothing ties it to the caller
export const GET = withUser(async ({ params }) => {
  // expect: unscoped-tenant-query
  const folder = await prisma.folder.findUnique({ where: { id: params.folderId } });
  return Response.json(folder);
});
