import { data } from 'react-router';
import type { Route } from './+types/albums.$albumId.photos.$photoId';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';
import { getAlbumForUser, getPhoto } from '~/models/photo.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const album = await getAlbumForUser(params.albumId, user);
  // ok: unscoped-tenant-query
  const photo = await prisma.photo.findFirst({ where: { id: params.photoId, albumId: album.id } });
  if (!photo) throw new Response('Not found', { status: 404 });
  return { photo };
}

// expect: missing-input-validation
export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  const photo = await getPhoto(params.photoId);
  if (!photo || photo.workspaceId !== user.workspaceId) throw data({ error: 'not found' }, { status: 404 });
  const fields = Object.fromEntries(await request.formData());
  // ok: unscoped-tenant-query
  await prisma.photo.update({ where: { id: photo.id }, data: fields });
  return { ok: true };
}
