import { prisma } from './prisma';
import { ApiError } from './errors';

export async function renameFolder({ folderId, name }: { folderId: string; name: string }) {
  // ok: unscoped-tenant-query
  return prisma.folder.update({ where: { id: folderId }, data: { name } });
}

// the folder, when it belongs to the workspace the caller named and is a member of; else 404
export async function getFolderOrThrow({ folderId, workspaceId }: { folderId: string; workspaceId: string }) {
  // (reported for the DELETE route that compares it with a workspace id from the path)
  // expect: unscoped-tenant-query
  const folder = await prisma.folder.findUnique({ where: { id: folderId } });
  if (!folder || folder.workspaceId !== workspaceId) {
    throw new ApiError(404, 'folder not found');
  }
  return folder;
}
