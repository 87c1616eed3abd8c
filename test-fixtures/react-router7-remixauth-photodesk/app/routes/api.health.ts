import { prisma } from '~/lib/db.server';

// ok: missing-auth
export async function loader() {
  await prisma.$queryRaw`SELECT 1`;
  return Response.json({ status: 'ok' });
}
