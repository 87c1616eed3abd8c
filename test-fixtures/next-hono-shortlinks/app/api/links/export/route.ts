import { prisma } from '@/lib/prisma';
import { withLogging } from '@/lib/logging';

// the CSV export forgot its session check
// expect: missing-auth, missing-rate-limit
export const GET = withLogging(async (req: Request) => {
  const workspaceId = new URL(req.url).searchParams.get('workspaceId') ?? '';
  const links = await prisma.link.findMany({ where: { workspaceId }, select: { key: true, url: true, clicks: true } });
  const csv = ['key,url,clicks', ...links.map((l) => `${l.key},${l.url},${l.clicks}`)].join('\n');
  return new Response(csv, { headers: { 'content-type': 'text/csv' } });
});
