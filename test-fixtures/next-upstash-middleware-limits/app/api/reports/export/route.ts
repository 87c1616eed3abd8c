import { prisma } from '@/lib/db';
import { getSession } from '@/lib/session';

// limited by middleware.ts
// ok: missing-rate-limit, missing-auth
export async function GET() {
  const session = await getSession();
  if (!session) return new Response('unauthorized', { status: 401 });
  // ok: unscoped-tenant-query
  const quotes = await prisma.quote.findMany({ where: { agencyId: session.agencyId } });
  return new Response(['client,total', ...quotes.map((q) => `"${q.client}",${q.totalCents}`)].join('\n'), {
    headers: { 'Content-Type': 'text/csv' },
  });
}
