import { Outlet } from 'react-router';
import type { Route } from './+types/photos';
import { requireUser } from '~/lib/auth.server';

// A layout loader: it runs beside its children's loaders and protects none of them.
export async function loader({ request }: Route.LoaderArgs) {
  await requireUser(request);
  return null;
}

export default function PhotosLayout() {
  return <Outlet />;
}
