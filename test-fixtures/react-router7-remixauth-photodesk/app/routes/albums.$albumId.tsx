import { redirect, useLoaderData } from 'react-router';
import { z } from 'zod';
import type { Route } from './+types/albums.$albumId';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

const Rename = z.object({ title: z.string().min(1).max(120) });

// ok: missing-auth
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const album = await prisma.album.findFirst({
    where: { id: params.albumId, workspaceId: user.workspaceId },
    include: { photos: true },
  });
  if (!album) throw new Response('Not found', { status: 404 });
  return { album };
}

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  switch (formData.get('intent')) {
    case 'rename': {
      const { title } = Rename.parse({ title: formData.get('title') });
      // expect: unscoped-tenant-query
      await prisma.album.update({ where: { id: params.albumId }, data: { title } });
      return { ok: true };
    }
    case 'delete': {
      // ok: unscoped-tenant-query
      await prisma.album.deleteMany({ where: { id: params.albumId, workspaceId: user.workspaceId } });
      return redirect('/albums');
    }
    case 'remove-photo': {
      const photoId = String(formData.get('photoId'));
      // ok: unscoped-tenant-query
      const photo = await prisma.photo.findUnique({ where: { id: photoId } });
      if (!photo || photo.workspaceId !== user.workspaceId) {
        throw new Response('Not found', { status: 404 });
      }
      // ok: unscoped-tenant-query
      await prisma.photo.delete({ where: { id: photo.id } });
      return { ok: true };
    }
    default:
      throw new Response('Unknown intent', { status: 400 });
  }
}

export default function AlbumPage() {
  const { album } = useLoaderData<typeof loader>();
  return <h1>{album.title}</h1>;
}
