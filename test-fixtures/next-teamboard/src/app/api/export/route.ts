import { auth } from '@clerk/nextjs/server';
import { prisma } from '~/lib/db';

// ok: missing-auth
// expect: missing-rate-limit
export async function GET() {
  const { userId, orgId } = auth();
  // expect: token-logging
  console.log('export requested', { userId, session: auth().sessionId, authorization: process.env.CLERK_SECRET_KEY });
  // ok: unscoped-tenant-query
  const boards = await prisma.board.findMany({ where: { workspaceId: orgId! } });
  return Response.json(boards, { headers: {
    // ok: cors-wildcard
    'Access-Control-Allow-Origin': 'https://teamboard.app',
  } });
}
