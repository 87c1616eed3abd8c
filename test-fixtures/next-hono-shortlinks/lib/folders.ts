import { prisma } from './prisma';

export async function renameFolder({ folderId, name }: { folderId: string; name: string }) {
  // ok: unscoped-tenant-query
  return prisma.folder.update({ where: { id: folderId }, data: { name } });
}
