import type { Route } from './+types/api.photos.$photoId';
import { prisma } from '~/lib/db.server';

// Resource route used by the public gallery embed: forgot the session check.
// expect: missing-auth
export async function loader({ params }: Route.LoaderArgs) {
  const photo = await prisma.photo.findUnique({
    where: { id: params.photoId },
    include: { album: true },
  });
  if (!photo) return Response.json({ error: 'not found' }, { status: 404 });
  return Response.json(photo);
}
