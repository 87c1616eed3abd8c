import { prisma } from '@/server/db';

// ok: missing-auth
export async function GET() {
  await prisma.$queryRaw`SELECT 1`;
  return Response.json({ status: 'ok' });
}
