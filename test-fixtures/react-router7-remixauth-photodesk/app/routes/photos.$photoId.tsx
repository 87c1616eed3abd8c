import { useLoaderData } from 'react-router';
import type { Route } from './+types/photos.$photoId';
import { getPhoto } from '~/models/photo.server';

// expect: missing-auth
export async function loader({ params }: Route.LoaderArgs) {
  const photo = await getPhoto(params.photoId);
  if (!photo) throw new Response('Not found', { status: 404 });
  return { photo };
}

export default function PhotoPage() {
  const { photo } = useLoaderData<typeof loader>();
  return <img src={`/files/${photo.fileKey}`} alt={photo.caption ?? ''} />;
}
