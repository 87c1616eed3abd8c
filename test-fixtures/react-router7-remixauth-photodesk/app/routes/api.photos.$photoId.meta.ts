import type { Route } from './+types/api.photos.$photoId.meta';
import { requireUserId } from '~/lib/auth.server';
import { getPhoto } from '~/models/photo.server';

// Signed in, but any workspace's photo metadata comes back (reported on getPhoto's query).
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUserId(request);
  const photo = await getPhoto(params.photoId);
  return Response.json({ id: photo?.id, caption: photo?.caption, createdAt: photo?.createdAt });
}
