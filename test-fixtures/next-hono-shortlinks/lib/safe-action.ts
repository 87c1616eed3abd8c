import { createSafeActionClient } from 'next-safe-action';
import { prisma } from './prisma';
import { getSession } from './auth';

export const actionClient = createSafeActionClient();

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await getSession();
  if (!session?.user) throw new Error('Unauthorized');
  return next({ ctx: { user: session.user } });
});

// loads the folder the action is about, among the folders of the caller's workspaces
export const folderActionClient = authActionClient.use(async ({ next, ctx, clientInput }) => {
  const { folderId } = clientInput as { folderId: string };
  const membership = await prisma.workspaceMember.findFirst({ where: { userId: ctx.user.id } });
  if (!membership) throw new Error('Forbidden');
  const folder = await prisma.folder.findFirst({ where: { id: folderId, workspaceId: membership.workspaceId } });
  if (!folder) throw new Error('Folder not found');
  return next({ ctx: { folder } });
});
