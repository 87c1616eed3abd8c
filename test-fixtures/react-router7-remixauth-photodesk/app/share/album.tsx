import { useLoaderData } from 'react-router';
import { prisma } from '~/lib/db.server';

// Anyone with the album id sees every photo: there is no share token.
// expect: missing-auth
export async function loader({ params }: { params: { albumId: string } }) {
  const album = await prisma.album.findUnique({ where: { id: params.albumId }, include: { photos: true } });
  if (!album) throw new Response('Not found', { status: 404 });
  return { album };
}

export default function SharedAlbum() {
  const { album } = useLoaderData<typeof loader>();
  return <h1>{album.title}</h1>;
}
