import { prisma } from '~/lib/db.server';

export function getPhoto(photoId: string) {
  // expect: unscoped-tenant-query
  return prisma.photo.findUnique({ where: { id: photoId } });
}

export async function getAlbumForUser(albumId: string, user: { workspaceId: string }) {
  // ok: unscoped-tenant-query
  const album = await prisma.album.findFirst({ where: { id: albumId, workspaceId: user.workspaceId } });
  if (!album) throw new Response('Not found', { status: 404 });
  return album;
}
