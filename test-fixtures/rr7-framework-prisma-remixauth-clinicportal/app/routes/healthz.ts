import type { Route } from './+types/healthz';
import { prisma } from '~/lib/db.server';

// ok: missing-auth
export async function loader(_: Route.LoaderArgs) {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
