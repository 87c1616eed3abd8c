import { auth } from '@clerk/nextjs/server';
import { prisma } from '@/lib/prisma';

// expect: missing-rate-limit
export async function GET() {
  const { orgId } = auth();
  if (!orgId) return new Response('Unauthorized', { status: 401 });
  // ok: unscoped-tenant-query
  const posts = await prisma.post.findMany({ where: { orgId }, orderBy: { createdAt: 'asc' } });
  const csv = ['id,title,status,votes', ...posts.map((p) => `${p.id},"${p.title.replace(/"/g, '""')}",${p.status},${p.voteCount}`)].join('\n');
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="feedback.csv"' },
  });
}
