import type { LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { prisma } from '~/db.server';

// the browser extension calls this with the user's API token
function corsHeaders(request: Request) {
  return {
    // expect: cors-wildcard
    'Access-Control-Allow-Origin': request.headers.get('Origin') ?? '*',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const authorization = request.headers.get('Authorization');
  // expect: token-logging
  console.log(`[ext] ${request.method} ${request.url} auth=${authorization}`);
  const token = authorization?.replace(/^Bearer /, '');
  if (!token) {
    return json({ error: 'Unauthorized' }, { status: 401, headers: corsHeaders(request) });
  }
  const user = await prisma.user.findUnique({ where: { apiToken: token } });
  if (!user) {
    return json({ error: 'Unauthorized' }, { status: 401, headers: corsHeaders(request) });
  }
  const url = new URL(request.url);
  // ok: unscoped-tenant-query
  const clients = await prisma.client.findMany({
    where: { agencyId: user.agencyId, name: { contains: url.searchParams.get('q') ?? '' } },
    take: 20,
  });
  return json({ clients }, { headers: corsHeaders(request) });
}
