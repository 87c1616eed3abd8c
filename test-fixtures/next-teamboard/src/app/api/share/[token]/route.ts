import { prisma } from '~/lib/db';

// shared board links are opened from other sites and read with the viewer's cookies
// ok: missing-auth
export async function GET(req: Request, { params }: { params: { token: string } }) {
  // expect: unscoped-tenant-query
  const board = await prisma.board.findFirst({ where: { id: params.token }, select: { title: true } });
  return Response.json(board, {
    headers: {
      // expect: cors-wildcard
      'Access-Control-Allow-Origin': req.headers.get('origin') ?? '',
      'Access-Control-Allow-Credentials': 'true',
    },
  });
}
