import { prisma } from '~/db.server';

// ok: missing-auth
export async function loader() {
  await prisma.$queryRaw`SELECT 1`;
  return new Response('ok', { headers: { 'Cache-Control': 'no-store' } });
}
