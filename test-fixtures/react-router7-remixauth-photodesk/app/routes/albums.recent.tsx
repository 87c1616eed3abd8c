import { useLoaderData } from 'react-router';
import type { Route } from './+types/albums.recent';
import { requireUserId } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

export async function loader({ request }: Route.LoaderArgs) {
  const userId = await requireUserId(request);
  // Scoped through the relation: albums of the workspace the caller belongs to.
  // ok: unscoped-tenant-query
  const albums = await prisma.album.findMany({
    where: { workspace: { users: { some: { id: userId } } } },
    orderBy: { createdAt: 'desc' },
    take: 10,
  });
  return { albums };
}

export default function RecentAlbums() {
  const { albums } = useLoaderData<typeof loader>();
  return <ul>{albums.map((a) => <li key={a.id}>{a.title}</li>)}</ul>;
}
