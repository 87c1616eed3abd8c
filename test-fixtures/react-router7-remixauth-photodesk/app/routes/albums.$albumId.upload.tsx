import { redirect } from 'react-router';
import { parseFormData, type FileUpload } from '@mjackson/form-data-parser';
import type { Route } from './+types/albums.$albumId.upload';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';
import { putObject } from '~/lib/storage.server';

// expect: missing-rate-limit
export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  const album = await prisma.album.findFirst({
    where: { id: params.albumId, workspaceId: user.workspaceId },
  });
  if (!album) throw new Response('Not found', { status: 404 });

  // expect: unrestricted-upload
  const formData = await parseFormData(request, async (upload: FileUpload) => {
    const key = `${user.workspaceId}/${album.id}/${crypto.randomUUID()}-${upload.name}`;
    await putObject(key, upload.stream());
    return key;
  });
  const fileKey = String(formData.get('photo'));
  await prisma.photo.create({
    data: { albumId: album.id, workspaceId: user.workspaceId, fileKey },
  });
  return redirect(`/albums/${album.id}`);
}
