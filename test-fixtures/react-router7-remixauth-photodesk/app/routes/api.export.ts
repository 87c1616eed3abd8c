import type { Route } from './+types/api.export';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

// expect: missing-rate-limit
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const photos = await prisma.photo.findMany({ where: { workspaceId: user.workspaceId } });
  const rows = photos.map((p) => [p.id, p.albumId, p.fileKey, p.caption ?? ''].join(','));
  return new Response(['id,album,file,caption', ...rows].join('\n'), {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="photos.csv"' },
  });
}
