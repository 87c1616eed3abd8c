import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

// ok: missing-auth
// expect: missing-rate-limit
export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session) return new Response('Unauthorized', { status: 401 });
  // ok: unscoped-tenant-query
  const assets = await prisma.asset.findMany({ where: { teamId: session.user.teamId } });
  const csv = ['id,key,type,size', ...assets.map((a) => `${a.id},${a.key},${a.contentType},${a.size}`)].join('\n');
  return new Response(csv, { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="assets.csv"' } });
}
